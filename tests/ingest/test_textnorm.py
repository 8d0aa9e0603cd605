

def test_single_quotes_outside_double_ones_become_double():
    from cppcckg.ingest.textnorm import normalise

    assert normalise("开展‘融入双城经济圈、推动发展’大讨论") == "开展“融入双城经济圈、推动发展”大讨论"
    # inside double quotes, and short words quoted inside a name, they stay as written
    assert normalise("深化“聚焦‘三排’‘三乱’问题”视察") == "深化“聚焦‘三排’‘三乱’问题”视察"
    assert normalise("学习‘两会’精神") == "学习‘两会’精神"
