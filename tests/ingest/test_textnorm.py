

def test_single_quotes_outside_double_ones_become_double():
    from cppcckg.ingest.textnorm import normalise

    assert normalise("开展‘融入双城经济圈、推动发展’大讨论") == "开展“融入双城经济圈、推动发展”大讨论"
    # inside double quotes, and short words quoted inside a name, they stay as written
    assert normalise("深化“聚焦‘三排’‘三乱’问题”视察") == "深化“聚焦‘三排’‘三乱’问题”视察"
    assert normalise("学习‘两会’精神") == "学习‘两会’精神"


def test_ascii_double_quotes_around_chinese_words_are_chinese_quotes():
    from cppcckg.ingest.textnorm import normalise

    text = '委员履职"服务为民"活动深入开展，代码为"ABC"。'
    out = normalise(text)
    assert len(out) == len(text)
    assert "“服务为民”" in out and '"ABC"' in out
