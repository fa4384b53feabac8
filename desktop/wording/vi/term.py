"""The branch's term of office (nhiệm kỳ) in the branch profile."""

MESSAGES = {
    "dates_missing": "Hãy điền ngày bắt đầu và ngày kết thúc nhiệm kỳ của chi bộ.",
}
