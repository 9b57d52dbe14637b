def test_a(advisor):
    advisor.engine.run({"ankle_pain"})
    print("ok1")
