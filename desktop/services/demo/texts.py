"""Vietnamese wording for generated records: names, places, agenda contents, speeches, topics.

Plain data only; the generator picks from these lists with its seeded random source.
"""

from __future__ import annotations

# Names that must appear in every generated branch (tests and screenshots refer to them).
NAMED_OFFICERS = (
    # (full name, female?) — secretary, deputy, then committee members
    ("Nguyễn Hữu Quỳnh", False),
    ("Đặng Thị Ngọc Ánh", True),
    ("Lê Văn Tuấn", False),
    ("Phạm Thị Hương", True),
)
NAMED_PROBATIONARY = ("Huỳnh Thị Yến", True)

FAMILY_NAMES = (
    "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh",
    "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh",
    "Đào", "Mai", "Tạ", "Lương", "Cao", "Chu",
)
MALE_MIDDLE = ("Văn", "Hữu", "Đức", "Minh", "Quang", "Xuân", "Thanh", "Công", "Đình", "Ngọc", "Mạnh")
FEMALE_MIDDLE = ("Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Thúy", "Kim", "Bích")
MALE_GIVEN = (
    "An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hiếu", "Hòa", "Hùng", "Khánh",
    "Khoa", "Lâm", "Long", "Lợi", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quang", "Sơn",
    "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tú", "Việt", "Vinh", "Xuân",
)
FEMALE_GIVEN = (
    "Anh", "Bích", "Chi", "Dung", "Đào", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Huệ", "Lan",
    "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Tâm",
    "Thảo", "Thơm", "Thủy", "Trang", "Tuyết", "Vân", "Xuân", "Yến",
)

EXCUSE_REASONS = ("Ốm", "Đi công tác", "Việc gia đình")

GUESTS = (
    "Đồng chí Trần Minh Đức, Đảng ủy viên, phụ trách địa bàn",
    "Đồng chí Vũ Thị Lan, cán bộ Văn phòng Đảng ủy phường",
)

DISTRICT_NOTES = (
    "Tổ trưởng tổ dân phố báo cáo tình hình an ninh trật tự, vệ sinh môi trường trên địa bàn.",
    "Ban công tác Mặt trận báo cáo kết quả vận động quỹ vì người nghèo.",
)

REPORT_CONTENT = (
    "Đồng chí Bí thư báo cáo kết quả thực hiện nghị quyết tháng {prev}: chi bộ đã lãnh đạo tổ "
    "dân phố hoàn thành việc thu quỹ, tổng vệ sinh đường phố, thăm hỏi các gia đình chính sách; "
    "{done} trên {total} nhiệm vụ đề ra đã hoàn thành."
)
IDEOLOGY_NOTES = (
    "Đảng viên trong chi bộ yên tâm, tin tưởng vào sự lãnh đạo của Đảng; chấp hành tốt chủ "
    "trương, chính sách; không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống.",
    "Tư tưởng đảng viên ổn định; một số đồng chí cao tuổi sức khỏe giảm sút, chi bộ đã phân "
    "công thăm hỏi. Đảng viên quan tâm đến việc sắp xếp tổ chức bộ máy và chính quyền hai cấp.",
    "Đảng viên phấn khởi trước kết quả phát triển kinh tế - xã hội của phường; còn băn khoăn về "
    "tình trạng lấn chiếm vỉa hè và tiếng ồn karaoke ở một số hộ.",
)
TASKS_CONTENT = (
    "Phương hướng tháng {month}: tiếp tục tuyên truyền các nghị quyết của Đảng; vận động nhân dân "
    "thực hiện phân loại rác tại nguồn; chuẩn bị tổng kết phong trào \"Toàn dân đoàn kết xây dựng "
    "đời sống văn hóa\"; phân công đảng viên theo dõi các hộ gia đình."
)
CONCLUSION = (
    "Chi bộ thống nhất: (1) hoàn thành thu quỹ và các khoản đóng góp tháng {month}; (2) mỗi đảng "
    "viên vận động ít nhất hai hộ dân cài đặt và sử dụng ứng dụng định danh điện tử; (3) duy trì "
    "tổng vệ sinh sáng chủ nhật cuối tháng; (4) thăm hỏi đảng viên cao tuổi, ốm đau. Giao đồng chí "
    "Phó Bí thư theo dõi, đôn đốc và báo cáo tại kỳ sinh hoạt tháng sau."
)
THEMATIC_CONCLUSION = (
    "Chi bộ thống nhất các nội dung chuyên đề \"{topic}\"; mỗi đảng viên xây dựng kế hoạch cá "
    "nhân, liên hệ với nhiệm vụ được giao và báo cáo kết quả vào kỳ sinh hoạt cuối quý."
)
COMMITTEE_CONCLUSION = (
    "Chi ủy thống nhất nội dung sinh hoạt chi bộ tháng {month}, dự thảo nghị quyết; phân công "
    "đồng chí Bí thư chủ trì, đồng chí {taker} ghi biên bản; gửi tài liệu cho đảng viên trước "
    "kỳ sinh hoạt."
)

SPEECH_GISTS = (
    "Nhất trí với báo cáo; đề nghị chi bộ quan tâm hơn đến việc thăm hỏi đảng viên cao tuổi.",
    "Phản ánh tình trạng đổ rác không đúng giờ ở ngõ 12; đề nghị tổ dân phố nhắc nhở các hộ.",
    "Đề nghị bổ sung chỉ tiêu vận động nhân dân sử dụng dịch vụ công trực tuyến.",
    "Nêu ý kiến về việc giữ gìn trật tự, an toàn giao thông trước cổng trường tiểu học.",
    "Tán thành phương hướng tháng tới; xin nhận nhiệm vụ vận động các hộ ở dãy nhà số 3.",
    "Đề nghị chi bộ tổ chức cho đảng viên học tập các nghị quyết mới theo nhóm nhỏ.",
    "Báo cáo kết quả thăm hỏi gia đình chính sách; đề nghị duy trì thường xuyên.",
    "Góp ý cần làm rõ trách nhiệm từng đảng viên trong phân công theo dõi hộ gia đình.",
    "Đề xuất phối hợp với chi hội phụ nữ tổ chức ngày hội phân loại rác thải.",
    "Liên hệ bản thân: còn chậm đóng đảng phí một tháng, xin khắc phục ngay.",
    "Đề nghị nêu gương đảng viên trong việc không lấn chiếm vỉa hè kinh doanh.",
    "Nhất trí dự thảo nghị quyết; đề nghị ghi rõ thời hạn hoàn thành từng việc.",
    "Chia sẻ kinh nghiệm hướng dẫn người cao tuổi cài đặt ứng dụng định danh điện tử.",
    "Đề nghị chi bộ kiến nghị phường sửa chữa hệ thống chiếu sáng ngõ 8.",
)
THEMATIC_GISTS = (
    "Liên hệ thực tiễn: đảng viên nơi cư trú cần gương mẫu trong các phong trào của tổ dân phố.",
    "Nêu những việc làm cụ thể để thực hiện chuyên đề trong gia đình và khu dân cư.",
    "Đề nghị đưa nội dung chuyên đề vào cam kết tu dưỡng, rèn luyện của từng đảng viên.",
    "Phân tích các biểu hiện cần phòng ngừa và đề xuất cách giám sát trong chi bộ.",
    "Chia sẻ tấm gương người tốt việc tốt ở tổ dân phố để chi bộ nhân rộng.",
)

THEMATIC_TOPICS = (
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng Đảng trong sạch, vững mạnh",
    "Quán triệt Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ và chuyển đổi số",
    "Nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị số 50-CT/TW",
    "Phát huy vai trò nêu gương của đảng viên nơi cư trú",
    "Chuyển đổi số ở khu dân cư: dịch vụ công trực tuyến và thanh toán không dùng tiền mặt",
    "Phòng, chống suy thoái tư tưởng chính trị, đạo đức, lối sống trong đảng viên",
    "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch",
    "Bảo vệ môi trường và phân loại rác thải tại nguồn ở tổ dân phố",
    "Chăm lo gia đình chính sách, người có công và người cao tuổi trên địa bàn",
    "Phòng cháy, chữa cháy và giữ gìn an ninh trật tự ở khu dân cư",
)

# Agenda of a regular meeting in the order of DOMAIN.md §4: (section, title, content template).
REGULAR_AGENDA = (
    ("opening", "Khai mạc, tuyên bố lý do, giới thiệu đại biểu", "Đồng chí chủ trì tuyên bố lý do, giới thiệu đại biểu dự."),
    ("opening", "Báo cáo tình hình đảng viên dự sinh hoạt", "{attendance}"),
    ("opening", "Thông qua chương trình, cử thư ký", "Chi bộ nhất trí chương trình sinh hoạt và cử đồng chí {taker} làm thư ký."),
    ("proceedings", "Đánh giá kết quả thực hiện nghị quyết tháng trước", "{report}"),
    ("proceedings", "Tình hình tư tưởng của đảng viên", "{ideology}"),
    ("proceedings", "Phương hướng, nhiệm vụ tháng tới", "{tasks}"),
    ("proceedings", "Thảo luận", "Các đồng chí đảng viên phát biểu ý kiến."),
    ("closing", "Kết luận và biểu quyết nghị quyết", "{conclusion}"),
    ("closing", "Đánh giá chất lượng sinh hoạt", "Chi ủy đề xuất, chi bộ thống nhất đánh giá chất lượng buổi sinh hoạt."),
    ("closing", "Thông qua biên bản, bế mạc", "Thư ký đọc lại biên bản; chi bộ nhất trí thông qua. Bế mạc."),
)
THEMATIC_AGENDA = (
    ("proceedings", "Báo cáo chuyên đề", "Đồng chí {presenter} trình bày chuyên đề \"{topic}\"."),
    ("proceedings", "Thảo luận, liên hệ thực tiễn", "Đảng viên thảo luận, liên hệ với nhiệm vụ của bản thân và chi bộ."),
)
THEMATIC_FRAME_OPEN = (
    ("opening", "Khai mạc, điểm danh, giới thiệu chuyên đề", "{attendance}"),
)
THEMATIC_FRAME_CLOSE = (
    ("closing", "Kết luận chuyên đề", "{conclusion}"),
    ("closing", "Thông qua biên bản, bế mạc", "Thư ký đọc lại biên bản; chi bộ nhất trí thông qua. Bế mạc."),
)
COMMITTEE_AGENDA = (
    ("proceedings", "Đánh giá kết quả lãnh đạo tháng {prev}", "Chi ủy đánh giá việc thực hiện nghị quyết tháng {prev}."),
    ("proceedings", "Thống nhất nội dung sinh hoạt chi bộ tháng {month}", "Dự kiến chương trình và dự thảo nghị quyết tháng {month}."),
    ("closing", "Phân công chuẩn bị và kết luận", "{conclusion}"),
)
