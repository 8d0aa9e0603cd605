"""The province a text is in, told by the cities it names when it never names the province.

A city page of another province calls its provincial committee only 省政协 (省政协民宗委组成
调研组，先后赴宝鸡、渭南…). The reference reads a bare 省政协 as Sichuan's, which is right on
Sichuan's pages and wrong here: the cities say which province it is. The table holds the
prefecture-level cities of the provinces other than Sichuan and Chongqing (whose places the
reference holds), by the names texts write them with; names that are also common words or
other places' (朝阳, 吉林, 黄山, 中山) are left out.
"""

from __future__ import annotations

import re

__all__ = ["province_of_the_cities"]

_CITIES: dict[str, str] = {
    "河北省": "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水",
    "山西省": "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁",
    "内蒙古自治区": "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布",
    "辽宁省": "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛",
    "吉林省": "长春 四平 辽源 通化 白山 松原 白城",
    "黑龙江省": "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化",
    "江苏省": "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁",
    "浙江省": "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水",
    "安徽省": "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 滁州 阜阳 宿州 六安 亳州 池州 宣城",
    "福建省": "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德",
    "江西省": "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶",
    "山东省": "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽",
    "河南省": "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店",
    "湖北省": "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州",
    "湖南省": "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底",
    "广东省": "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 潮州 揭阳 云浮",
    "广西壮族自治区": "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左",
    "海南省": "海口 三亚 儋州",
    "贵州省": "贵阳 六盘水 遵义 安顺 毕节 铜仁",
    "云南省": "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧",
    "西藏自治区": "拉萨 日喀则 昌都 林芝",
    "陕西省": "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛",
    "甘肃省": "兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南",
    "青海省": "西宁 海东",
    "宁夏回族自治区": "银川 石嘴山 吴忠 固原 中卫",
    "新疆维吾尔自治区": "乌鲁木齐 克拉玛依 吐鲁番 哈密",
}
_PROVINCE_OF = {city: province for province, cities in _CITIES.items() for city in cities.split()}
_NAMES = "|".join(sorted(_PROVINCE_OF, key=len, reverse=True))
# a city named with its level (岳阳市), or by its short name where a place is expected: after a
# going or being word, as an item of a list (赴宝鸡、渭南…, 在西安召开) or as a paper's on a source line (来源:某阳日报)
_CITY = re.compile(rf"(?P<city>{_NAMES})(?=市)|(?<=[赴到往在至、:：])(?P<short>{_NAMES})(?![\u4e00-\u9fff]{{0,1}}[路街镇村区县])")


def province_of_the_cities(norm: str) -> str | None:
    """The one province whose cities the text names, or None (none named, or several provinces')."""
    provinces = {_PROVINCE_OF[m.group("city") or m.group("short")] for m in _CITY.finditer(norm)}
    return provinces.pop() if len(provinces) == 1 else None
