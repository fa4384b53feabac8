<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Listed apart</source>
        <translation>Diện</translation>
    </message>
    <message>
        <source>Present (C)</source>
        <translation>Có mặt (C)</translation>
    </message>
    <message>
        <source>Absent with reason… (L)</source>
        <translation>Vắng có lý do… (L)</translation>
    </message>
    <message>
        <source>Absent without reason (K)</source>
        <translation>Vắng không lý do (K)</translation>
    </message>
    <message>
        <source>Tab: next field · Esc: the tabs · Ctrl+Tab: next tab</source>
        <translation>Tab: sang ô kế tiếp · Esc: lên các thẻ · Ctrl+Tab: sang thẻ sau</translation>
    </message>
    <message>
        <source>Listed apart, not counted (double-click: attended or not)</source>
        <translation>Ghi riêng, không tính vào số phải dự (nhấp đúp: có dự hay không)</translation>
    </message>
    <message>
        <source>official</source>
        <translation>chính thức</translation>
    </message>
    <message>
        <source>probationary</source>
        <translation>dự bị</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Phải dự họp</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent without reason</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tỉ lệ dự họp</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <source>Attending elsewhere</source>
        <translation>Sinh hoạt tạm thời nơi khác</translation>
    </message>
    <message>
        <source>Attended though not expected</source>
        <translation>Dự họp dù không bắt buộc</translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2 lần)</translation>
    </message>
    <message>
        <source>Attendance checks</source>
        <translation>Yêu cầu về dự họp</translation>
    </message>
    <message>
        <source>More than 85% present</source>
        <translation>Trên 85% đảng viên dự họp</translation>
    </message>
    <message>
        <source>No absence without reason</source>
        <translation>Không có đảng viên vắng không lý do</translation>
    </message>
    <message>
        <source>Nobody absent more than 3 times in a row this year</source>
        <translation>Không có đảng viên vắng quá 3 lần liên tục trong năm</translation>
    </message>
    <message>
        <source>Absent with reason</source>
        <translation>Vắng có lý do</translation>
    </message>
</context>
<context>
    <name>BranchFormDialog</name>
    <message>
        <source>Register a branch</source>
        <translation>Đăng ký chi bộ</translation>
    </message>
    <message>
        <source>Branch code:</source>
        <translation>Mã chi bộ:</translation>
    </message>
    <message>
        <source>Branch name:</source>
        <translation>Tên chi bộ:</translation>
    </message>
</context>
<context>
    <name>BranchProfileForm</name>
    <message>
        <source>e.g. Residential group no. 5 party branch</source>
        <translation>ví dụ: Chi bộ Tổ dân phố số 5</translation>
    </message>
    <message>
        <source>e.g. Party committee of Ba Đình ward</source>
        <translation>ví dụ: Đảng ủy phường Ba Đình</translation>
    </message>
    <message>
        <source>e.g. Ba Đình (written before document dates)</source>
        <translation>ví dụ: Ba Đình (ghi trước ngày tháng văn bản)</translation>
    </message>
    <message>
        <source>Branch name:</source>
        <translation>Tên chi bộ:</translation>
    </message>
    <message>
        <source>Branch code:</source>
        <translation>Mã chi bộ:</translation>
    </message>
    <message>
        <source>Superior party committee:</source>
        <translation>Cấp ủy cấp trên:</translation>
    </message>
    <message>
        <source>Place name on documents:</source>
        <translation>Địa danh ghi trên văn bản:</translation>
    </message>
    <message>
        <source>Term starts:</source>
        <translation>Nhiệm kỳ từ ngày:</translation>
    </message>
    <message>
        <source>Term ends:</source>
        <translation>Nhiệm kỳ đến ngày:</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Candidate for admission</source>
        <translation>Quần chúng xét kết nạp</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Thêm quần chúng</translation>
    </message>
    <message>
        <source>e.g. the youth union branch of the residential group</source>
        <translation>ví dụ: Chi đoàn Tổ dân phố số 7</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Quần chúng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Nơi giới thiệu</translation>
    </message>
    <message>
        <source>Date proposed</source>
        <translation>Ngày giới thiệu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Steps to admission</source>
        <translation>Các bước kết nạp</translation>
    </message>
    <message>
        <source>Party class certificate</source>
        <translation>Giấy chứng nhận lớp bồi dưỡng</translation>
    </message>
    <message>
        <source>First introducer</source>
        <translation>Người giới thiệu thứ nhất</translation>
    </message>
    <message>
        <source>Second introducer</source>
        <translation>Người giới thiệu thứ hai</translation>
    </message>
    <message>
        <source>for</source>
        <translation>tán thành</translation>
    </message>
    <message>
        <source>against</source>
        <translation>không tán thành</translation>
    </message>
    <message>
        <source>Branch vote</source>
        <translation>Chi bộ biểu quyết</translation>
    </message>
    <message>
        <source>Superior&apos;s decision</source>
        <translation>Quyết định của cấp trên</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Admission ceremony</source>
        <translation>Lễ kết nạp</translation>
    </message>
    <message>
        <source>On the ceremony date the candidate becomes a probationary member of the branch.</source>
        <translation>Từ ngày lễ kết nạp, quần chúng trở thành đảng viên dự bị của chi bộ.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>Recorded vote: %1 for out of %2 official members entitled to vote — %3.</source>
        <translation>Đã ghi biểu quyết: %1 tán thành trên %2 đảng viên chính thức được biểu quyết — %3.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (dd/mm/yyyy).</source>
        <translation>%1: «%2» không phải ngày (ngày/tháng/năm).</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Proposed</source>
        <translation>Được giới thiệu</translation>
    </message>
    <message>
        <source>Party class done</source>
        <translation>Đã học lớp bồi dưỡng</translation>
    </message>
    <message>
        <source>Introduced, waiting for the vote</source>
        <translation>Có người giới thiệu, chờ biểu quyết</translation>
    </message>
    <message>
        <source>Voted, waiting for the decision</source>
        <translation>Đã biểu quyết, chờ quyết định</translation>
    </message>
    <message>
        <source>Decided, ceremony to hold</source>
        <translation>Có quyết định, chờ lễ kết nạp</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Đã kết nạp</translation>
    </message>
    <message>
        <source>Vote did not pass</source>
        <translation>Biểu quyết không đạt</translation>
    </message>
    <message>
        <source>Admissions and party badges</source>
        <translation>Kết nạp và Huy hiệu Đảng</translation>
    </message>
    <message>
        <source>Candidates for admission</source>
        <translation>Quần chúng xét kết nạp</translation>
    </message>
    <message>
        <source>Party badges</source>
        <translation>Huy hiệu Đảng</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Thêm quần chúng</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Remove a candidate who will not be admitted (an admitted one is kept: the record is the member&apos;s)</source>
        <translation>Xóa quần chúng không tiếp tục xét kết nạp (người đã được kết nạp thì giữ lại: hồ sơ là của đảng viên)</translation>
    </message>
    <message>
        <source>Candidates (quần chúng ưu tú) from proposal to the admission ceremony; double-click a line to open it.</source>
        <translation>Quần chúng ưu tú từ khi được giới thiệu đến lễ kết nạp; bấm đúp vào một dòng để mở.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Nơi giới thiệu</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Introducers</source>
        <translation>Người giới thiệu</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>Select the candidate to remove.</source>
        <translation>Chọn quần chúng cần xóa.</translation>
    </message>
    <message>
        <source>Remove candidate</source>
        <translation>Xóa quần chúng</translation>
    </message>
    <message>
        <source>Remove %1 from the list of candidates?</source>
        <translation>Xóa %1 khỏi danh sách quần chúng ưu tú?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Giữ lại</translation>
    </message>
    <message>
        <source>%1 was removed from the list.</source>
        <translation>Đã xóa %1 khỏi danh sách.</translation>
    </message>
    <message>
        <source>Saved: %1 is now a probationary member.</source>
        <translation>Đã lưu: %1 đã là đảng viên dự bị.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>In danh sách…</translation>
    </message>
    <message>
        <source>Ceremony dates of the year:</source>
        <translation>Các dịp trao trong năm:</translation>
    </message>
    <message>
        <source>Date of admission</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Huy hiệu</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Đủ tuổi đảng ngày</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Dịp trao</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 năm</translation>
    </message>
    <message>
        <source>%1 members reach a milestone at a ceremony of %2. Party age counts from admission, less the periods out of the party.</source>
        <translation>%1 đảng viên đến mốc xét tặng vào các dịp trao năm %2. Tuổi đảng tính từ ngày vào Đảng, trừ thời gian không sinh hoạt đảng.</translation>
    </message>
    <message>
        <source>Party badge proposals %1</source>
        <translation>Danh sách đề nghị tặng Huy hiệu Đảng năm %1</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Commitment %1 — %2</source>
        <translation>Bản cam kết %1 — %2</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
</context>
<context>
    <name>CriterionCard</name>
    <message>
        <source>Criterion %1. %2</source>
        <translation>Tiêu chí %1. %2</translation>
    </message>
    <message>
        <source>%1 / %2 points (%3%)</source>
        <translation>%1 / %2 điểm (%3%)</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>Not good: a veto applies (%1)</source>
        <translation>Chưa tốt: vướng điều kiện loại trừ (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Not yet good: %n component(s) below the line</source>
        <translation>
            <numerusform>Chưa tốt: %n tiêu chí thành phần dưới mức</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet good: total below the line</source>
        <translation>Chưa tốt: tổng điểm dưới mức</translation>
    </message>
</context>
<context>
    <name>CriterionDetail</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Tiêu chí thành phần</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>How scored</source>
        <translation>Cách chấm</translation>
    </message>
    <message>
        <source>Enter score…</source>
        <translation>Chấm điểm…</translation>
    </message>
    <message>
        <source>Evidence (double-click a meeting to open it)</source>
        <translation>Căn cứ (nháy đúp vào cuộc họp để mở)</translation>
    </message>
    <message>
        <source>from the records</source>
        <translation>tính từ sổ sách</translation>
    </message>
    <message>
        <source>scored by the committee</source>
        <translation>chi ủy chấm</translation>
    </message>
    <message>
        <source>%1: full points.</source>
        <translation>%1: đạt điểm tối đa.</translation>
    </message>
    <message>
        <source>Scored %1 by %2 on %3.</source>
        <translation>Chấm %1 điểm, người chấm %2, lúc %3.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Chưa chấm điểm.</translation>
    </message>
    <message>
        <source>Double-click to open this meeting</source>
        <translation>Nháy đúp để mở cuộc họp này</translation>
    </message>
</context>
<context>
    <name>DataCheckDialog</name>
    <message>
        <source>Check data</source>
        <translation>Kiểm tra dữ liệu</translation>
    </message>
    <message>
        <source>Checking the data file…</source>
        <translation>Đang kiểm tra tệp dữ liệu…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Safe repair</source>
        <translation>Cách sửa an toàn</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kiểm tra &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Repair what is safe</source>
        <translation>&amp;Sửa các lỗi sửa được an toàn</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Khôi phục từ &amp;bản sao lưu…</translation>
    </message>
    <message>
        <source>The file itself</source>
        <translation>Bản thân tệp</translation>
    </message>
    <message>
        <source>The records</source>
        <translation>Dữ liệu ghi chép</translation>
    </message>
    <message>
        <source>Repair the data</source>
        <translation>Sửa dữ liệu</translation>
    </message>
    <message>
        <source>Problems repaired: %1. The file as it was before is kept as “%2”.</source>
        <translation>Đã sửa %1 vấn đề. Tệp như trước khi sửa được giữ tại «%2».</translation>
    </message>
    <message>
        <source>None: restore the latest backup</source>
        <translation>Không có: hãy khôi phục bản sao lưu gần nhất</translation>
    </message>
    <message>
        <source>None: check and correct it by hand</source>
        <translation>Không có: hãy kiểm tra và sửa bằng tay</translation>
    </message>
    <message>
        <source>No problem found: the file is sound and the records are consistent.</source>
        <translation>Không phát hiện vấn đề nào: tệp nguyên vẹn và dữ liệu nhất quán.</translation>
    </message>
    <message>
        <source>Problems found: %1. Can be repaired safely: %2.</source>
        <translation>Phát hiện %1 vấn đề, trong đó %2 vấn đề sửa được an toàn.</translation>
    </message>
    <message>
        <source>The file is damaged. An exact copy of it was kept as “%1”; it is never overwritten. Restore the latest backup.</source>
        <translation>Tệp dữ liệu bị hỏng. Một bản sao nguyên trạng của tệp đã được giữ tại «%1» và không bao giờ bị ghi đè. Hãy khôi phục bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <source>The file will first be copied aside, then the safe repairs are made in one step. Go on?</source>
        <translation>Tệp sẽ được chép ra một bản trước, rồi các lỗi sửa được an toàn sẽ được sửa trong một lần. Tiếp tục?</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Đang sửa…</translation>
    </message>
</context>
<context>
    <name>DisciplineDialog</name>
    <message>
        <source>Discipline decision</source>
        <translation>Quyết định kỷ luật</translation>
    </message>
    <message>
        <source>Broke the rules on what members must not do (vetoes criterion 3)</source>
        <translation>Vi phạm quy định những điều đảng viên không được làm (không đạt tiêu chí 3)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ra quyết định</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Meetings of the year</source>
        <translation>Các cuộc họp trong năm</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Minutes no.</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <source>Resolution no.</source>
        <translation>Số nghị quyết</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Minutes…</source>
        <translation>Biên bản…</translation>
    </message>
    <message>
        <source>Resolution…</source>
        <translation>Nghị quyết…</translation>
    </message>
    <message>
        <source>Attendance sheet…</source>
        <translation>Danh sách ký tên dự họp…</translation>
    </message>
    <message>
        <source>Year documents and forms</source>
        <translation>Văn bản trong năm và mẫu biểu</translation>
    </message>
    <message>
        <source>Meeting register of the year…</source>
        <translation>Sổ theo dõi sinh hoạt trong năm…</translation>
    </message>
    <message>
        <source>Blank commitment form…</source>
        <translation>Mẫu bản cam kết (để trống)…</translation>
    </message>
    <message>
        <source>Blank self-review form…</source>
        <translation>Mẫu bản tự kiểm điểm (để trống)…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Đã thông qua</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>No meeting recorded in %1.</source>
        <translation>Năm %1 chưa ghi cuộc họp nào.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Danh sách ký tên dự họp</translation>
    </message>
    <message>
        <source>Meeting register %1</source>
        <translation>Sổ theo dõi sinh hoạt năm %1</translation>
    </message>
    <message>
        <source>Commitment form %1</source>
        <translation>Mẫu bản cam kết năm %1</translation>
    </message>
    <message>
        <source>Self-review form %1</source>
        <translation>Mẫu bản tự kiểm điểm năm %1</translation>
    </message>
    <message>
        <source>Member forms pre-filled with a member&apos;s details are printed from the page “%1”.</source>
        <translation>Bản cam kết và bản tự kiểm điểm đã điền sẵn thông tin của từng đảng viên được in từ trang «%1».</translation>
    </message>
</context>
<context>
    <name>DraftSaver</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>Changes are saved automatically</source>
        <translation>Mọi thay đổi được lưu tự động</translation>
    </message>
</context>
<context>
    <name>DueCard</name>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>ngày mai</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>còn %1 ngày</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>quá %1 ngày</translation>
    </message>
    <message>
        <source>Due soon (until %1)</source>
        <translation>Việc sắp đến hạn (đến %1)</translation>
    </message>
    <message>
        <source>Nothing is due in this period.</source>
        <translation>Không có việc nào đến hạn trong thời gian này.</translation>
    </message>
    <message>
        <source>And %1 more: &lt;a href=&quot;all&quot;&gt;show them all&lt;/a&gt;.</source>
        <translation>Và %1 việc nữa: &lt;a href=&quot;all&quot;&gt;xem tất cả&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Click a line to open its record.</source>
        <translation>Bấm vào một dòng để mở hồ sơ liên quan.</translation>
    </message>
</context>
<context>
    <name>DuesArrearsTab</name>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Unpaid months</source>
        <translation>Tháng chưa nộp</translation>
    </message>
    <message>
        <source>Amount unpaid</source>
        <translation>Số tiền chưa nộp</translation>
    </message>
    <message>
        <source>Accepted reasons</source>
        <translation>Lý do được chấp nhận</translation>
    </message>
    <message>
        <source>Paid short</source>
        <translation>Nộp thiếu</translation>
    </message>
    <message>
        <source>Double-click a member to open the month in the grid.</source>
        <translation>Nháy đúp vào một đảng viên để mở tháng đó ở bảng thu.</translation>
    </message>
    <message>
        <source>%1 unpaid months in %2 without an accepted reason: the branch considers proposing removal from the party list — %3</source>
        <translation>Không đóng đảng phí %1 tháng trong năm %2 mà không có lý do được chấp nhận: chi bộ xem xét đề nghị xóa tên khỏi danh sách đảng viên — %3</translation>
    </message>
    <message>
        <source>Nobody has reached %1 unpaid months in %2.</source>
        <translation>Năm %2 chưa có đồng chí nào đến %1 tháng chưa nộp.</translation>
    </message>
    <message>
        <source>No unpaid month in %1 so far.</source>
        <translation>Năm %1 đến nay không có tháng nào chưa nộp.</translation>
    </message>
</context>
<context>
    <name>DuesBasisTab</name>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Mức căn cứ</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Phải đóng tháng này</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ tháng</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Xóa dòng đã chọn</translation>
    </message>
    <message>
        <source>New basis or correction</source>
        <translation>Căn cứ mới hoặc sửa căn cứ</translation>
    </message>
    <message>
        <source>đồng, e.g. 6.234.567</source>
        <translation>đồng, ví dụ 6.234.567</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Từ tháng</translation>
    </message>
    <message>
        <source>Show the months it changes</source>
        <translation>Xem các tháng thay đổi</translation>
    </message>
    <message>
        <source>Save the basis</source>
        <translation>Ghi căn cứ</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã ghi.</translation>
    </message>
    <message>
        <source>This category pays no percentage of a base.</source>
        <translation>Đối tượng này không đóng theo tỷ lệ của mức căn cứ.</translation>
    </message>
    <message>
        <source>Show the months it changes before saving.</source>
        <translation>Xem các tháng thay đổi trước khi ghi.</translation>
    </message>
    <message>
        <source>Comrade %1 from %2</source>
        <translation>Đồng chí %1 từ tháng %2</translation>
    </message>
    <message>
        <source>Corrects the basis recorded from %1.</source>
        <translation>Sửa căn cứ đã ghi từ tháng %1.</translation>
    </message>
    <message>
        <source>No month&apos;s amount due changes.</source>
        <translation>Không tháng nào thay đổi số tiền phải đóng.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>paid %1: %2</source>
        <translation>đã nộp %1: %2</translation>
    </message>
</context>
<context>
    <name>DuesCard</name>
    <message>
        <source>Party dues %1</source>
        <translation>Đảng phí tháng %1</translation>
    </message>
    <message>
        <source>No dues recorded yet: open the Party dues page to enter each member&apos;s basis and collect a month.</source>
        <translation>Chưa ghi đảng phí: mở trang Đảng phí để nhập căn cứ đóng của từng đảng viên và thu theo tháng.</translation>
    </message>
    <message>
        <source>Members who paid</source>
        <translation>Đảng viên đã nộp</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Đã thu</translation>
    </message>
    <message>
        <source>Paid short</source>
        <translation>Nộp thiếu</translation>
    </message>
    <message>
        <source>%1 unpaid months this year</source>
        <translation>Không đóng đảng phí %1 tháng trong năm</translation>
    </message>
    <message>
        <source>months %1</source>
        <translation>tháng %1</translation>
    </message>
    <message>
        <source>without an accepted reason: the branch considers proposing removal.</source>
        <translation>không có lý do được chấp nhận: chi bộ xem xét đề nghị xóa tên.</translation>
    </message>
    <message>
        <source>Nobody has %1 unpaid months this year.</source>
        <translation>Năm nay chưa có đồng chí nào đến %1 tháng chưa nộp.</translation>
    </message>
    <message>
        <source>Figures set by the superior committee are still to be entered (Party dues → Rates).</source>
        <translation>Còn số liệu cấp ủy cấp trên quy định chưa nhập (Đảng phí → Mức đóng).</translation>
    </message>
</context>
<context>
    <name>DuesMonthModel</name>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Phải đóng</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>Ngày nộp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Nợ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Type the amount and press Enter; Space: paid in full; Delete: remove.</source>
        <translation>Gõ số tiền rồi nhấn Enter; phím cách: nộp đủ; Delete: xóa.</translation>
    </message>
    <message>
        <source>Months of the year so far left unpaid without an accepted reason</source>
        <translation>Số tháng trong năm đến nay chưa nộp, không có lý do được chấp nhận</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>DuesMonthTab</name>
    <message>
        <source>Date recorded with the amounts typed in the grid</source>
        <translation>Ngày ghi cho các khoản gõ vào bảng</translation>
    </message>
    <message>
        <source>Type the amount and press Enter · Space or Đ: paid in full · Delete: remove · Tab: leave the grid</source>
        <translation>Gõ số tiền rồi Enter · phím cách hoặc Đ: nộp đủ · Delete: xóa · Tab: ra khỏi bảng</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Ngày thu</translation>
    </message>
    <message>
        <source>Portal payment…</source>
        <translation>Nộp qua Cổng DVC…</translation>
    </message>
    <message>
        <source>Reason…</source>
        <translation>Lý do…</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Nộp đủ</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Xóa khoản nộp</translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <source>Party dues</source>
        <translation>Đảng phí</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Print the month&apos;s book…</source>
        <translation>In sổ tháng…</translation>
    </message>
    <message>
        <source>Print the year&apos;s book…</source>
        <translation>In sổ năm…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>&amp;Collect a month</source>
        <translation>&amp;Thu theo tháng</translation>
    </message>
    <message>
        <source>&amp;Bases</source>
        <translation>&amp;Căn cứ đóng</translation>
    </message>
    <message>
        <source>&amp;Remittances</source>
        <translation>&amp;Nộp cấp trên</translation>
    </message>
    <message>
        <source>&amp;Arrears</source>
        <translation>Nợ đảng &amp;phí</translation>
    </message>
    <message>
        <source>Ra&amp;tes</source>
        <translation>&amp;Mức đóng</translation>
    </message>
    <message>
        <source>Some figures of the dues schedule are set by the superior committee and not entered yet (%1): &lt;a href=&apos;rates&apos;&gt;enter them&lt;/a&gt;.</source>
        <translation>Có số liệu của mức đóng do cấp ủy cấp trên quy định mà chi bộ chưa nhập (%1): &lt;a href=&apos;rates&apos;&gt;nhập ngay&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Dues book %1</source>
        <translation>Sổ thu, nộp đảng phí %1</translation>
    </message>
</context>
<context>
    <name>DuesRatesTab</name>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Mức đóng</translation>
    </message>
    <message>
        <source>Figures set by the superior committee</source>
        <translation>Số liệu cấp ủy cấp trên quy định</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Cần cho</translation>
    </message>
    <message>
        <source>đồng, or a percentage for the share</source>
        <translation>đồng, hoặc phần trăm với tỷ lệ để lại</translation>
    </message>
    <message>
        <source>Save the figure</source>
        <translation>Ghi số liệu</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Từ tháng</translation>
    </message>
    <message>
        <source>Schedule files in this data file</source>
        <translation>Các tệp mức đóng trong tệp dữ liệu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ tháng</translation>
    </message>
    <message>
        <source>Import a schedule file…</source>
        <translation>Nhập tệp mức đóng…</translation>
    </message>
    <message>
        <source> (sample)</source>
        <translation>(bản mẫu)</translation>
    </message>
    <message>
        <source>No schedule applies to %1.</source>
        <translation>Chưa có mức đóng áp dụng cho tháng %1.</translation>
    </message>
    <message>
        <source>In force for %1: %2</source>
        <translation>Áp dụng cho tháng %1: %2</translation>
    </message>
    <message>
        <source>Version %1, from %2.</source>
        <translation>Phiên bản %1, hiệu lực từ %2.</translation>
    </message>
    <message>
        <source>Unpaid months leading to a removal proposal: %1.</source>
        <translation>Số tháng không đóng dẫn đến đề nghị xóa tên: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n đảng viên</numerusform>
        </translation>
    </message>
    <message>
        <source>set by the superior</source>
        <translation>cấp trên quy định</translation>
    </message>
    <message>
        <source>(previous month)</source>
        <translation>(của tháng trước)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã ghi.</translation>
    </message>
    <message>
        <source>Import a dues schedule</source>
        <translation>Nhập tệp mức đóng đảng phí</translation>
    </message>
    <message>
        <source>Dues schedule (*.toml)</source>
        <translation>Tệp mức đóng đảng phí (*.toml)</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Đã nhập: %1</translation>
    </message>
</context>
<context>
    <name>DuesRemitTab</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Đã thu</translation>
    </message>
    <message>
        <source>To remit</source>
        <translation>Phải nộp cấp trên</translation>
    </message>
    <message>
        <source>Remitted</source>
        <translation>Đã nộp cấp trên</translation>
    </message>
    <message>
        <source>Balance held</source>
        <translation>Chi bộ đang giữ</translation>
    </message>
    <message>
        <source>Record a remittance</source>
        <translation>Ghi khoản nộp cấp trên</translation>
    </message>
    <message>
        <source>đồng</source>
        <translation>đồng</translation>
    </message>
    <message>
        <source>Voucher or transfer number</source>
        <translation>Số chứng từ hoặc số chuyển khoản</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ nộp</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Remitted on</source>
        <translation>Ngày nộp</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Chứng từ</translation>
    </message>
    <message>
        <source>Record the remittance</source>
        <translation>Ghi khoản nộp</translation>
    </message>
    <message>
        <source>Remittances of the year</source>
        <translation>Các lần nộp cấp trên trong năm</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Remove the selected remittance</source>
        <translation>Xóa khoản nộp đã chọn</translation>
    </message>
    <message>
        <source>share not set</source>
        <translation>chưa có tỷ lệ</translation>
    </message>
    <message>
        <source>Held at the start of %1: %2</source>
        <translation>Chi bộ giữ đầu năm %1: %2</translation>
    </message>
    <message>
        <source>Recorded: %1 for %2.</source>
        <translation>Đã ghi: %1 cho kỳ %2.</translation>
    </message>
</context>
<context>
    <name>DuesTexts</name>
    <message>
        <source>Paid in full</source>
        <translation>Nộp đủ</translation>
    </message>
    <message>
        <source>Paid more</source>
        <translation>Nộp cao hơn</translation>
    </message>
    <message>
        <source>Paid short</source>
        <translation>Nộp thiếu</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Quá hạn chưa nộp</translation>
    </message>
    <message>
        <source>Not yet paid</source>
        <translation>Chưa nộp</translation>
    </message>
    <message>
        <source>Unpaid, reason accepted</source>
        <translation>Chưa nộp, có lý do</translation>
    </message>
    <message>
        <source>Not owed</source>
        <translation>Không phải đóng</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Tự nguyện</translation>
    </message>
    <message>
        <source>Amount unknown</source>
        <translation>Chưa tính được mức</translation>
    </message>
    <message>
        <source>No basis yet</source>
        <translation>Chưa có căn cứ</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Cổng DVC</translation>
    </message>
    <message>
        <source>exempt from activities</source>
        <translation>miễn sinh hoạt</translation>
    </message>
    <message>
        <source>attending elsewhere</source>
        <translation>sinh hoạt nơi khác</translation>
    </message>
    <message>
        <source>deceased this month</source>
        <translation>từ trần trong tháng</translation>
    </message>
    <message>
        <source>no schedule for this month</source>
        <translation>tháng chưa có mức đóng</translation>
    </message>
    <message>
        <source>superior&apos;s figure “%1” not entered</source>
        <translation>chưa nhập số liệu «%1» của cấp trên</translation>
    </message>
    <message>
        <source>paid late</source>
        <translation>nộp chậm</translation>
    </message>
    <message>
        <source>paid in advance</source>
        <translation>nộp trước</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>biên lai %1</translation>
    </message>
</context>
<context>
    <name>DuesTotals</name>
    <message>
        <source>No dues schedule applies to %1.</source>
        <translation>Chưa có mức đóng đảng phí áp dụng cho tháng %1.</translation>
    </message>
    <message>
        <source>Import the superior committee&apos;s schedule on the Rates tab.</source>
        <translation>Hãy nhập tệp mức đóng của cấp ủy cấp trên ở thẻ Mức đóng.</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Paid: %1 of %2 members</source>
        <translation>Đã nộp: %1/%2 đồng chí</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Phải thu: %1</translation>
    </message>
    <message>
        <source>Collected: %1</source>
        <translation>Đã thu: %1</translation>
    </message>
    <message>
        <source>cash %1 · portal %2</source>
        <translation>tiền mặt %1 · Cổng DVC %2</translation>
    </message>
    <message>
        <source>%1 members without a computable amount</source>
        <translation>%1 đồng chí chưa tính được mức đóng</translation>
    </message>
    <message>
        <source>Paid short: %1 (%2 missing)</source>
        <translation>Nộp thiếu: %1 đồng chí (thiếu %2)</translation>
    </message>
    <message>
        <source>Paid more than due: %1 (%2 more, reported)</source>
        <translation>Nộp cao hơn mức: %1 đồng chí (thêm %2, báo cáo cấp trên)</translation>
    </message>
    <message>
        <source>The superior committee&apos;s share</source>
        <translation>Phần nộp cấp ủy cấp trên</translation>
    </message>
    <message>
        <source>The share the branch keeps is not entered (Rates tab).</source>
        <translation>Chưa nhập tỷ lệ chi bộ được để lại (thẻ Mức đóng).</translation>
    </message>
    <message>
        <source>Kept by the branch: %1</source>
        <translation>Chi bộ được để lại: %1</translation>
    </message>
    <message>
        <source>To remit: %1</source>
        <translation>Phải nộp cấp trên: %1</translation>
    </message>
    <message>
        <source>Remitted for this month: %1</source>
        <translation>Đã nộp cấp trên cho tháng này: %1</translation>
    </message>
    <message>
        <source>Not paid yet (%1)</source>
        <translation>Chưa nộp (%1)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>và %1 đồng chí khác</translation>
    </message>
    <message>
        <source>Unpaid months this year</source>
        <translation>Số tháng chưa nộp trong năm</translation>
    </message>
    <message>
        <source>%1: %2 months</source>
        <translation>%1: %2 tháng</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encrypt the data file</source>
        <translation>Mã hóa tệp dữ liệu</translation>
    </message>
    <message>
        <source>The file is not encrypted</source>
        <translation>Tệp chưa được mã hóa</translation>
    </message>
    <message>
        <source>Anyone who copies “%1” or one of its backups can read every record with any SQLite tool. Encrypted, the file and every backup open only with the passphrase or the recovery code.</source>
        <translation>Ai chép được tệp «%1» hoặc một bản sao lưu của nó đều đọc được mọi hồ sơ bằng bất kỳ công cụ SQLite nào. Khi đã mã hóa, tệp và mọi bản sao lưu chỉ mở được bằng cụm mật khẩu hoặc mã khôi phục.</translation>
    </message>
    <message>
        <source>The file is converted and checked; the unencrypted original is kept aside only until the encrypted file passes its integrity check, then deleted. Old backups of the file are encrypted with the same passphrase.</source>
        <translation>Tệp được chuyển sang dạng mã hóa rồi kiểm tra; bản gốc chưa mã hóa chỉ được giữ riêng cho tới khi bản mã hóa qua kiểm tra toàn vẹn, sau đó bị xóa. Các bản sao lưu cũ của tệp cũng được mã hóa bằng cùng cụm mật khẩu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without the passphrase or the recovery sheet, nobody can recover the data.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Không có cụm mật khẩu hoặc phiếu khôi phục thì không ai lấy lại được dữ liệu.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New passphrase (at least 12 characters, or 4 words):</source>
        <translation>Cụm mật khẩu mới (ít nhất 12 ký tự, hoặc 4 từ):</translation>
    </message>
    <message>
        <source>New passphrase again:</source>
        <translation>Nhập lại cụm mật khẩu mới:</translation>
    </message>
    <message>
        <source>Encrypt the file</source>
        <translation>Mã hóa tệp</translation>
    </message>
    <message>
        <source>Encrypting the file… the window will reopen it.</source>
        <translation>Đang mã hóa tệp… cửa sổ sẽ mở lại tệp.</translation>
    </message>
    <message>
        <source>The file is encrypted</source>
        <translation>Tệp đã được mã hóa</translation>
    </message>
    <message>
        <source>“%1” and its backups are encrypted (SQLCipher, AES-256): they open only with the passphrase or the recovery code.</source>
        <translation>Tệp «%1» và các bản sao lưu của nó được mã hóa (SQLCipher, AES-256): chỉ mở được bằng cụm mật khẩu hoặc mã khôi phục.</translation>
    </message>
    <message>
        <source>This is the recovery code</source>
        <translation>Đây là mã khôi phục</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Cụm mật khẩu hiện tại:</translation>
    </message>
    <message>
        <source>The file is backed up first. Then the old passphrase and the old recovery code stop opening the file: they still open the backups made before the change, so keep the old sheet with those backups or destroy both. A new recovery sheet is shown to print.</source>
        <translation>Tệp được sao lưu trước. Sau đó cụm mật khẩu cũ và mã khôi phục cũ không còn mở được tệp: chúng chỉ còn mở được các bản sao lưu làm trước khi đổi, nên hãy giữ phiếu cũ cùng các bản sao lưu đó, hoặc hủy cả hai. Phiếu khôi phục mới sẽ hiện ra để in.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <source>Print the recovery sheet again…</source>
        <translation>In lại phiếu khôi phục…</translation>
    </message>
    <message>
        <source>Needs the current passphrase</source>
        <translation>Cần cụm mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>Type the current passphrase (or the recovery code) first.</source>
        <translation>Hãy nhập cụm mật khẩu hiện tại (hoặc mã khôi phục) trước.</translation>
    </message>
    <message>
        <source>Backing up, then changing the passphrase…</source>
        <translation>Đang sao lưu, rồi đổi cụm mật khẩu…</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Đang kiểm tra cụm mật khẩu…</translation>
    </message>
</context>
<context>
    <name>EvaluationCard</name>
    <message>
        <source>Self-evaluation %1</source>
        <translation>Tự đánh giá năm %1</translation>
    </message>
    <message>
        <source>good</source>
        <translation>tốt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa tốt</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Still reachable this year.</source>
        <translation>Vẫn còn có thể đạt trong năm nay.</translation>
    </message>
    <message>
        <source>See the Self-evaluation page for what is missing.</source>
        <translation>Xem trang Tự đánh giá để biết còn thiếu gì.</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Change rulebook…</source>
        <translation>Đổi bộ tiêu chí…</translation>
    </message>
    <message>
        <source>Import a superior committee&apos;s rulebook…</source>
        <translation>Nhập bộ tiêu chí của cấp ủy cấp trên…</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>Lưu báo cáo PDF…</translation>
    </message>
    <message>
        <source>Targets of the year&apos;s resolution…</source>
        <translation>Chỉ tiêu nghị quyết năm…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Còn thiếu gì</translation>
    </message>
    <message>
        <source>sample, not an official document</source>
        <translation>bộ mẫu, không phải văn bản chính thức</translation>
    </message>
    <message>
        <source>Rulebook: %1, version %2%3&lt;br&gt;&lt;small&gt;SHA-256 %4&lt;/small&gt;</source>
        <translation>Bộ tiêu chí: %1, phiên bản %2%3&lt;br&gt;&lt;small&gt;SHA-256 %4&lt;/small&gt;</translation>
    </message>
    <message>
        <source>each component must reach %1% of its points</source>
        <translation>mỗi tiêu chí thành phần phải đạt từ %1% số điểm</translation>
    </message>
    <message>
        <source>each criterion&apos;s total must reach %1% of its points</source>
        <translation>tổng điểm mỗi tiêu chí phải đạt từ %1%</translation>
    </message>
    <message>
        <source>Year in progress, as of %1.</source>
        <translation>Năm đang diễn ra, tính đến ngày %1.</translation>
    </message>
    <message>
        <source>Whole year.</source>
        <translation>Cả năm.</translation>
    </message>
    <message>
        <source>Counted though not adopted yet: %1.</source>
        <translation>Đã tính nhưng biên bản chưa thông qua: %1.</translation>
    </message>
    <message>
        <source>Pass rule:</source>
        <translation>Cách xét:</translation>
    </message>
    <message>
        <source>Import a rulebook</source>
        <translation>Nhập bộ tiêu chí</translation>
    </message>
    <message>
        <source>Rulebooks (*.toml)</source>
        <translation>Bộ tiêu chí (*.toml)</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Lưu báo cáo PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Đã lưu báo cáo</translation>
    </message>
    <message>
        <source>Rulebook imported</source>
        <translation>Đã nhập bộ tiêu chí</translation>
    </message>
    <message>
        <source>%1, version %2
SHA-256 %3

Use “Change rulebook…” to evaluate a year under it.</source>
        <translation>%1, phiên bản %2
SHA-256 %3

Dùng «Đổi bộ tiêu chí…» để đánh giá một năm theo bộ này.</translation>
    </message>
    <message>
        <source>Rulebook not imported</source>
        <translation>Không nhập được bộ tiêu chí</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Self-evaluation</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Chưa lưu được báo cáo</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Send the year&apos;s package</source>
        <translation>Gửi hồ sơ năm</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation>Ký và lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Sổ Chi bộ</source>
        <translation>Chào mừng đến với Sổ Chi bộ</translation>
    </message>
    <message>
        <source>The electronic record book of a party branch: members, meetings, reviews and reports, kept in one file on this computer. Create your branch&apos;s file, open one you already have, or look around in a demo branch first.</source>
        <translation>Sổ tay điện tử của chi bộ: đảng viên, sinh hoạt, kiểm điểm và báo cáo, lưu trong một tệp trên máy tính này. Hãy tạo tệp của chi bộ mình, mở tệp đã có, hoặc xem thử chi bộ mẫu trước.</translation>
    </message>
    <message>
        <source>Open an existing file…</source>
        <translation>Mở tệp đã có…</translation>
    </message>
    <message>
        <source>Open the demo branch</source>
        <translation>Mở chi bộ mẫu</translation>
    </message>
    <message>
        <source>Back to the open file</source>
        <translation>Quay lại tệp đang mở</translation>
    </message>
    <message>
        <source>Who will use this file?</source>
        <translation>Ai sử dụng tệp này?</translation>
    </message>
    <message>
        <source>Branch secretary: keep the branch&apos;s record and send reports up</source>
        <translation>Bí thư chi bộ: ghi sổ của chi bộ và gửi báo cáo lên cấp trên</translation>
    </message>
    <message>
        <source>Superior party committee: receive and check the branches&apos; reports</source>
        <translation>Cấp ủy cấp trên: nhận và kiểm tra báo cáo của các chi bộ</translation>
    </message>
    <message>
        <source>Create a new file</source>
        <translation>Tạo tệp mới</translation>
    </message>
    <message>
        <source>Sổ Chi bộ data (%1)</source>
        <translation>Dữ liệu Sổ Chi bộ (%1)</translation>
    </message>
    <message>
        <source>Save the file as:</source>
        <translation>Lưu tệp tại:</translation>
    </message>
    <message>
        <source>Create the file and start</source>
        <translation>Tạo tệp và bắt đầu</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>Getting started: %1 of 4 steps done</source>
        <translation>Bắt đầu: đã xong %1/4 bước</translation>
    </message>
    <message>
        <source>1. The branch&apos;s profile: name, code, superior committee, place name on documents</source>
        <translation>1. Hồ sơ chi bộ: tên, mã, cấp ủy cấp trên, địa danh ghi trên văn bản</translation>
    </message>
    <message>
        <source>Branch profile…</source>
        <translation>Hồ sơ chi bộ…</translation>
    </message>
    <message>
        <source>2. The members: one by one, or the whole list from an Excel file</source>
        <translation>2. Đảng viên: thêm từng người, hoặc nhập cả danh sách từ tệp Excel</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>Thêm đảng viên…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>3. The signing key, which signs the year&apos;s package for the superior committee</source>
        <translation>3. Khóa ký, dùng để ký hồ sơ năm gửi cấp ủy cấp trên</translation>
    </message>
    <message>
        <source>Make the signing key…</source>
        <translation>Tạo khóa ký…</translation>
    </message>
    <message>
        <source>4. The first meeting: a regular meeting of the branch or a committee meeting</source>
        <translation>4. Cuộc họp đầu tiên: một buổi sinh hoạt chi bộ thường kỳ hoặc một cuộc họp chi ủy</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Cuộc họp mới…</translation>
    </message>
    <message>
        <source>Each step ticks itself once it is done. The guide (Help → Guide) explains every page.</source>
        <translation>Mỗi bước tự đánh dấu khi đã làm xong. Hướng dẫn (Trợ giúp → Hướng dẫn) giải thích từng trang.</translation>
    </message>
</context>
<context>
    <name>GapList</name>
    <message>
        <source>Not met — keeps the verdict from being reached (%1)</source>
        <translation>Chưa đạt — làm tiêu chí chưa tốt (%1)</translation>
    </message>
    <message>
        <source>Short of full marks — still good, points missing (%1)</source>
        <translation>Chưa tối đa — vẫn đạt, nhưng chưa đủ điểm (%1)</translation>
    </message>
    <message>
        <source>Still reachable this year (%1)</source>
        <translation>Còn có thể đạt trong năm (%1)</translation>
    </message>
    <message>
        <source>Nothing is missing: every component has its full points.</source>
        <translation>Không thiếu gì: mọi tiêu chí thành phần đều đạt điểm tối đa.</translation>
    </message>
    <message>
        <source>Click to show this component</source>
        <translation>Bấm để xem tiêu chí thành phần này</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide — Sổ Chi bộ</source>
        <translation>Hướng dẫn — Sổ Chi bộ</translation>
    </message>
    <message>
        <source>The guide was not found: %1</source>
        <translation>Không tìm thấy tệp hướng dẫn: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import packages</source>
        <translation>Nhận gói hồ sơ</translation>
    </message>
    <message>
        <source>Accepted: %1, refused: %2, already received: %3.</source>
        <translation>Đã nhận: %1, từ chối: %2, đã có từ trước: %3.</translation>
    </message>
    <message>
        <source>Import was cancelled; the packages checked so far were kept.</source>
        <translation>Đã dừng nhận gói; các gói đã kiểm tra xong vẫn được giữ.</translation>
    </message>
    <message>
        <source>The data file was backed up first: %1</source>
        <translation>Tệp dữ liệu đã được sao lưu trước khi nhận gói: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Lý do từ chối</translation>
    </message>
    <message>
        <source>Refused files and why:</source>
        <translation>Các tệp bị từ chối và lý do:</translation>
    </message>
</context>
<context>
    <name>InboxImport</name>
    <message>
        <source>Checking and importing the packages (%1)…</source>
        <translation>Đang kiểm tra và nhận các gói hồ sơ (%1)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Nhận gói hồ sơ</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>All branches</source>
        <translation>Tất cả chi bộ</translation>
    </message>
    <message>
        <source>Four good</source>
        <translation>Đạt 4 tốt</translation>
    </message>
    <message>
        <source>Not four good</source>
        <translation>Chưa đạt 4 tốt</translation>
    </message>
    <message>
        <source>Find a branch…</source>
        <translation>Tìm chi bộ…</translation>
    </message>
    <message>
        <source>Branches and keys…</source>
        <translation>Chi bộ và khóa ký…</translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation>Nhận gói hồ sơ…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Nhận cả thư mục…</translation>
    </message>
    <message>
        <source>Open a report…</source>
        <translation>Mở báo cáo…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>Rejected packages and reasons:</source>
        <translation>Các gói bị từ chối và lý do:</translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation>Chọn gói hồ sơ cần nhận</translation>
    </message>
    <message>
        <source>Packages (*.zip);;All files (*)</source>
        <translation>Gói hồ sơ (*.zip);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Folder of packages</source>
        <translation>Thư mục chứa các gói hồ sơ</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Nhận cả thư mục</translation>
    </message>
    <message>
        <source>The folder has no package (.zip).</source>
        <translation>Thư mục không có gói hồ sơ nào (.zip).</translation>
    </message>
    <message>
        <source>Open a report</source>
        <translation>Mở báo cáo</translation>
    </message>
    <message>
        <source>Select a branch first.</source>
        <translation>Hãy chọn một chi bộ trước.</translation>
    </message>
    <message>
        <source>This package holds no report.</source>
        <translation>Gói này không có báo cáo nào.</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Báo cáo:</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Lưu bảng tổng hợp</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <source>Received packages</source>
        <translation>Hồ sơ các chi bộ</translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>Gói số</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Tiêu chí %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Chưa tốt</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Chưa đạt</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Fingerprint (read it over the phone group by group)</source>
        <translation>Dấu vân tay (đọc qua điện thoại theo từng nhóm)</translation>
    </message>
    <message>
        <source>Create a new key…</source>
        <translation>Tạo khóa mới…</translation>
    </message>
    <message>
        <source>Print registration form…</source>
        <translation>In phiếu đăng ký khóa…</translation>
    </message>
    <message>
        <source>Save public key…</source>
        <translation>Lưu khóa công khai…</translation>
    </message>
    <message>
        <source>Back up key…</source>
        <translation>Sao lưu khóa…</translation>
    </message>
    <message>
        <source>The branch has no signing key yet. Create one to export the year&apos;s package.</source>
        <translation>Chi bộ chưa có khóa ký. Hãy tạo khóa để gửi hồ sơ năm.</translation>
    </message>
    <message>
        <source>Holder: %1 · created %2</source>
        <translation>Người giữ: %1 · tạo ngày %2</translation>
    </message>
    <message>
        <source>Key registration form</source>
        <translation>Phiếu đăng ký khóa ký</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>Lưu khóa công khai</translation>
    </message>
    <message>
        <source>Public keys (*.pem)</source>
        <translation>Khóa công khai (*.pem)</translation>
    </message>
    <message>
        <source>Back up key</source>
        <translation>Sao lưu khóa</translation>
    </message>
    <message>
        <source>Encrypted keys (*.pem)</source>
        <translation>Khóa đã mã hóa (*.pem)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a data file</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>Sổ Chi bộ data (%1)</source>
        <translation>Dữ liệu Sổ Chi bộ (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Tạo &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Tệp &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Send the year&apos;s package…</source>
        <translation>&amp;Gửi hồ sơ năm…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Check data…</source>
        <translation>&amp;Kiểm tra dữ liệu…</translation>
    </message>
    <message>
        <source>Signing &amp;key…</source>
        <translation>&amp;Khóa ký…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Thiết lập…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About Sổ Chi bộ</source>
        <translation>&amp;Giới thiệu Sổ Chi bộ</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(chưa có tệp nào)</translation>
    </message>
    <message>
        <source>Open a data file first.</source>
        <translation>Hãy mở một tệp dữ liệu trước.</translation>
    </message>
    <message>
        <source>The backup was written to:
%1</source>
        <translation>Đã ghi bản sao lưu vào:
%1</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>Đã sao lưu: %1</translation>
    </message>
    <message>
        <source>About Sổ Chi bộ</source>
        <translation>Giới thiệu Sổ Chi bộ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sổ Chi bộ&lt;/b&gt; %1&lt;br&gt;The electronic record book of a party branch: members, meetings, reviews and reports, kept offline in one file.</source>
        <translation>&lt;b&gt;Sổ Chi bộ&lt;/b&gt; %1&lt;br&gt;Sổ tay điện tử của chi bộ: đảng viên, sinh hoạt, kiểm điểm và báo cáo, lưu trong một tệp, không cần mạng.</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Chưa mở tệp nào</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Some typed text is not saved, or not added yet, and will be lost if the window closes now:</source>
        <translation>Một số nội dung đã gõ chưa lưu được hoặc chưa được thêm, và sẽ mất nếu đóng cửa sổ bây giờ:</translation>
    </message>
    <message>
        <source>Stay and correct it</source>
        <translation>Ở lại để sửa</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Đóng, bỏ nội dung đó</translation>
    </message>
    <message>
        <source>View only: the file cannot be written</source>
        <translation>Chỉ xem: không ghi được vào tệp</translation>
    </message>
    <message>
        <source>(view only)</source>
        <translation>(chỉ xem)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Hướng dẫn</translation>
    </message>
    <message>
        <source>E&amp;xport the records (JSON)…</source>
        <translation>&amp;Xuất hồ sơ (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Encrypt the data file…</source>
        <translation>&amp;Mã hóa tệp dữ liệu…</translation>
    </message>
</context>
<context>
    <name>ManualScoreDialog</name>
    <message>
        <source>Score component %1</source>
        <translation>Chấm điểm tiêu chí %1</translation>
    </message>
    <message>
        <source>Required when the score is below the maximum</source>
        <translation>Bắt buộc khi chấm dưới điểm tối đa</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Người chấm</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>MeetingAdoption</name>
    <message>
        <source>The minutes of %1 cannot be adopted yet:</source>
        <translation>Chưa thông qua được biên bản cuộc họp ngày %1:</translation>
    </message>
    <message>
        <source>Also check:</source>
        <translation>Cũng cần xem lại:</translation>
    </message>
    <message>
        <source>Adopted minutes are locked and printed as they are, so these must be completed first.</source>
        <translation>Biên bản đã thông qua sẽ bị khóa và in đúng như vậy, nên phải hoàn thành những việc trên trước.</translation>
    </message>
    <message>
        <source>Adopt minutes</source>
        <translation>Thông qua biên bản</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Adopt the minutes of %1? After adoption they can no longer be edited; a correction makes a new revision.</source>
        <translation>Thông qua biên bản cuộc họp ngày %1? Sau khi thông qua, biên bản không sửa được nữa; muốn sửa phải làm bản đính chính.</translation>
    </message>
    <message>
        <source>Before adopting, note:</source>
        <translation>Trước khi thông qua, xin lưu ý:</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>MeetingAgenda</name>
    <message>
        <source>New agenda item…</source>
        <translation>Mục chương trình mới…</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Thêm &amp;mục</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete); Ctrl+Z brings it back</source>
        <translation>Xóa mục đang chọn (phím Delete); Ctrl+Z để lấy lại</translation>
    </message>
    <message>
        <source>Title of the agenda item</source>
        <translation>Tên mục chương trình</translation>
    </message>
    <message>
        <source>Content presented under this item</source>
        <translation>Nội dung trình bày ở mục này</translation>
    </message>
    <message>
        <source>The chair&apos;s conclusion on this item</source>
        <translation>Kết luận của chủ trì về mục này</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>Gist of what was said</source>
        <translation>Tóm tắt nội dung phát biểu</translation>
    </message>
    <message>
        <source>Gist of the speech</source>
        <translation>Tóm tắt ý kiến</translation>
    </message>
    <message>
        <source>Keep the speaker</source>
        <translation>Giữ người phát biểu</translation>
    </message>
    <message>
        <source>Tick to record several speeches of the same person</source>
        <translation>Đánh dấu để ghi nhiều ý kiến của cùng một người</translation>
    </message>
    <message>
        <source>Add speech (Ctrl+Enter)</source>
        <translation>Thêm ý kiến (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove the selected speech (Delete); Ctrl+Z brings it back</source>
        <translation>Xóa ý kiến đang chọn (phím Delete); Ctrl+Z để lấy lại</translation>
    </message>
    <message>
        <source>Conclusion on this item</source>
        <translation>Kết luận của mục này</translation>
    </message>
    <message>
        <source>Remove speech</source>
        <translation>Xóa ý kiến</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>Ý kiến phát biểu</translation>
    </message>
    <message>
        <source>%1 speeches</source>
        <translation>%1 ý kiến phát biểu</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Về danh sách</translation>
    </message>
    <message>
        <source>&amp;Minutes (PDF)</source>
        <translation>&amp;Biên bản (PDF)</translation>
    </message>
    <message>
        <source>R&amp;esolution (PDF)</source>
        <translation>Nghị q&amp;uyết (PDF)</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>H&amp;oàn tác</translation>
    </message>
    <message>
        <source>A&amp;dopt minutes</source>
        <translation>Thông &amp;qua biên bản</translation>
    </message>
    <message>
        <source>Co&amp;rrect (new revision)</source>
        <translation>Đính c&amp;hính (bản mới)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Thông ti&amp;n chung</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>Điểm &amp;danh</translation>
    </message>
    <message>
        <source>Agenda and s&amp;peeches</source>
        <translation>Chương trình và &amp;phát biểu</translation>
    </message>
    <message>
        <source>&amp;Conclusion and vote</source>
        <translation>&amp;Kết luận và biểu quyết</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Nh&amp;iệm vụ</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>Chất &amp;lượng</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, bản %2</translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation>Đã có bản đính chính thay thế</translation>
    </message>
    <message>
        <source>Stay and correct it</source>
        <translation>Ở lại để sửa</translation>
    </message>
    <message>
        <source>Open the other and lose it</source>
        <translation>Mở cuộc họp kia, bỏ nội dung này</translation>
    </message>
    <message>
        <source>%1 things to complete before adoption</source>
        <translation>Còn %1 việc phải hoàn thành trước khi thông qua</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>New agenda item not added yet: «%1»</source>
        <translation>Mục chương trình chưa được thêm: «%1»</translation>
    </message>
    <message>
        <source>Speech not added yet: «%1»</source>
        <translation>Ý kiến phát biểu chưa được thêm: «%1»</translation>
    </message>
    <message>
        <source>Vote not recorded yet: «%1»</source>
        <translation>Biểu quyết chưa được ghi: «%1»</translation>
    </message>
    <message>
        <source>Some text typed in this meeting is not saved, or not added yet, and will be lost if another meeting opens now:</source>
        <translation>Một số nội dung đã gõ trong cuộc họp này chưa lưu được hoặc chưa được thêm, và sẽ mất nếu mở cuộc họp khác bây giờ:</translation>
    </message>
    <message>
        <source>attendance of %1</source>
        <translation>điểm danh đồng chí %1</translation>
    </message>
    <message>
        <source>the speech just added</source>
        <translation>ý kiến vừa thêm</translation>
    </message>
    <message>
        <source>removing the speech of %1</source>
        <translation>việc xóa ý kiến của %1</translation>
    </message>
    <message>
        <source>adding the item “%1”</source>
        <translation>việc thêm mục «%1»</translation>
    </message>
    <message>
        <source>removing the item “%1”</source>
        <translation>việc xóa mục «%1»</translation>
    </message>
    <message>
        <source>the vote “%1”</source>
        <translation>biểu quyết «%1»</translation>
    </message>
    <message>
        <source>removing the vote “%1”</source>
        <translation>việc xóa biểu quyết «%1»</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Hoàn tác %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Không có gì để hoàn tác</translation>
    </message>
    <message>
        <source>Minutes — %1</source>
        <translation>Biên bản — %1</translation>
    </message>
    <message>
        <source>Resolution — %1</source>
        <translation>Nghị quyết — %1</translation>
    </message>
</context>
<context>
    <name>MeetingInfoForm</name>
    <message>
        <source>Times recorded</source>
        <translation>Có ghi giờ</translation>
    </message>
    <message>
        <source>Guests&apos; names and positions, separated by “;”</source>
        <translation>Tên và chức vụ khách mời, cách nhau bằng dấu «;»</translation>
    </message>
    <message>
        <source>Documents sent to members on</source>
        <translation>Đã gửi tài liệu cho đảng viên ngày</translation>
    </message>
    <message>
        <source>Finished documents posted on</source>
        <translation>Đã đăng tài liệu hoàn chỉnh ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Start – end</source>
        <translation>Bắt đầu – kết thúc</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Topic (thematic session)</source>
        <translation>Chủ đề (sinh hoạt chuyên đề)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Đại biểu, khách mời</translation>
    </message>
    <message>
        <source>Ideological situation of members</source>
        <translation>Tình hình tư tưởng của đảng viên</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Prepared by the committee meeting of</source>
        <translation>Chi ủy họp chuẩn bị ngày</translation>
    </message>
    <message>
        <source>Thematic plan entry</source>
        <translation>Thuộc kế hoạch chuyên đề</translation>
    </message>
    <message>
        <source>day not accepted</source>
        <translation>ngày không hợp lệ</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>late</source>
        <translation>muộn</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <source>not yet, still in time</source>
        <translation>chưa đăng, còn trong hạn</translation>
    </message>
    <message>
        <source>Quarter %1: %2</source>
        <translation>Quý %1: %2</translation>
    </message>
</context>
<context>
    <name>MeetingQuality</name>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung chấm</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>Meeting quality sheet: grey lines are computed from the record; the committee scores the others.</source>
        <translation>Phiếu chấm chất lượng sinh hoạt: các dòng màu xám được tính tự động từ biên bản; chi ủy chấm các dòng còn lại.</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>chưa chấm</translation>
    </message>
    <message>
        <source>%1 lines to score</source>
        <translation>còn %1 mục chưa chấm</translation>
    </message>
    <message>
        <source>not Good: some required items are not at full marks</source>
        <translation>chưa xếp Tốt: có mục bắt buộc chưa đạt điểm tối đa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Yêu cầu dự họp</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Chất lượng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tỉ lệ dự họp</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>chưa chấm</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (bản %2)</translation>
    </message>
</context>
<context>
    <name>MeetingTasks</name>
    <message>
        <source>Review of earlier tasks</source>
        <translation>Kiểm điểm nhiệm vụ kỳ trước</translation>
    </message>
    <message>
        <source>Next month&apos;s tasks</source>
        <translation>Nhiệm vụ tháng tới</translation>
    </message>
    <message>
        <source>New tas&amp;k</source>
        <translation>Thê&amp;m nhiệm vụ</translation>
    </message>
    <message>
        <source>Done on time: %1 of %2 reviewed</source>
        <translation>Hoàn thành đúng hạn: %1 trên %2 nhiệm vụ đã kiểm điểm</translation>
    </message>
    <message>
        <source>Mark each task decided earlier: done, done late, carried over to next month or not done, with a short note.</source>
        <translation>Ghi kết quả từng nhiệm vụ kỳ trước: hoàn thành, hoàn thành chậm, chuyển sang tháng sau hoặc không thực hiện, kèm ghi chú ngắn.</translation>
    </message>
    <message>
        <source>No earlier task is waiting for this meeting.</source>
        <translation>Không có nhiệm vụ kỳ trước nào chờ kiểm điểm tại cuộc họp này.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Chưa kiểm điểm</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hoàn thành chậm</translation>
    </message>
    <message>
        <source>In progress, carried over</source>
        <translation>Đang làm, chuyển tháng sau</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Không thực hiện</translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation>%1 — %2, hạn %3</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>— who? —</source>
        <translation>— chọn người —</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Nội dung nhiệm vụ</translation>
    </message>
    <message>
        <source>Remove this task</source>
        <translation>Xóa nhiệm vụ này</translation>
    </message>
</context>
<context>
    <name>MeetingTexts</name>
    <message>
        <source>Regular branch meeting</source>
        <translation>Sinh hoạt chi bộ thường kỳ</translation>
    </message>
    <message>
        <source>Thematic session</source>
        <translation>Sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <source>Regular meeting with thematic session</source>
        <translation>Sinh hoạt thường kỳ kết hợp chuyên đề</translation>
    </message>
    <message>
        <source>Branch committee meeting</source>
        <translation>Họp chi ủy</translation>
    </message>
    <message>
        <source>Extraordinary meeting</source>
        <translation>Sinh hoạt bất thường</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Đã thông qua</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent with reason</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <source>Absent without reason</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>Không dự</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Không xếp loại</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Khá</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Kém</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Phần mở đầu</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Nội dung sinh hoạt</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Phải dự họp</translation>
    </message>
    <message>
        <source>Exempt from activities</source>
        <translation>Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Attending elsewhere</source>
        <translation>Sinh hoạt tạm thời nơi khác</translation>
    </message>
    <message>
        <source>Suspended or on special duty</source>
        <translation>Đình chỉ sinh hoạt hoặc công tác đặc biệt</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Ốm</translation>
    </message>
    <message>
        <source>Away on business</source>
        <translation>Đi công tác</translation>
    </message>
    <message>
        <source>Family matters</source>
        <translation>Việc gia đình</translation>
    </message>
    <message>
        <source>Studying away</source>
        <translation>Đi học</translation>
    </message>
</context>
<context>
    <name>MeetingVotes</name>
    <message>
        <source>Conclusion or resolution of the meeting</source>
        <translation>Kết luận hoặc nghị quyết của cuộc họp</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Không biểu quyết</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Subject of the vote</source>
        <translation>Nội dung biểu quyết</translation>
    </message>
    <message>
        <source>Record vote (Ctrl+Enter)</source>
        <translation>Ghi biểu quyết (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New vote</source>
        <translation>Biểu quyết mới</translation>
    </message>
    <message>
        <source>Remove vote</source>
        <translation>Xóa biểu quyết</translation>
    </message>
    <message>
        <source>Remove the selected vote (Delete); Ctrl+Z brings it back</source>
        <translation>Xóa biểu quyết đang chọn (phím Delete); Ctrl+Z để lấy lại</translation>
    </message>
    <message>
        <source>Changing the vote “%1”</source>
        <translation>Đang sửa biểu quyết «%1»</translation>
    </message>
    <message>
        <source>Save the vote (Ctrl+Enter)</source>
        <translation>Lưu biểu quyết (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Conclusion / resolution</source>
        <translation>Kết luận / nghị quyết</translation>
    </message>
    <message>
        <source>Voting base %1 = %2 official members − %3 attending elsewhere − %4 suspended − %5 exempt and absent − %6 absent with reason. A resolution passes with more than half of the base (at least %7 votes for).</source>
        <translation>Số đảng viên được tính để biểu quyết: %1 = %2 đảng viên chính thức − %3 sinh hoạt tạm thời nơi khác − %4 bị đình chỉ − %5 miễn sinh hoạt vắng mặt − %6 vắng có lý do. Nghị quyết được thông qua khi có quá một nửa số này tán thành (ít nhất %7 phiếu).</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Không thông qua</translation>
    </message>
    <message>
        <source>Resolution of the meeting</source>
        <translation>Nghị quyết của cuộc họp</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;New meeting</source>
        <translation>Cuộc họp &amp;mới</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>%1 meetings, %2 with attendance checks not met</source>
        <translation>%1 cuộc họp, %2 cuộc chưa đạt yêu cầu dự họp</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sinh hoạt chi bộ</translation>
    </message>
    <message>
        <source>Delete this draft meeting and everything recorded in it?</source>
        <translation>Xóa cuộc họp nháp này cùng mọi nội dung đã ghi?</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Sửa thông tin đảng viên</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Thêm đảng viên</translation>
    </message>
    <message>
        <source>Profile and history</source>
        <translation>Lý lịch và diễn biến</translation>
    </message>
    <message>
        <source>Probation, transfers, badges</source>
        <translation>Dự bị, chuyển sinh hoạt, huy hiệu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Lý lịch</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of admission</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Date made official</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>Party card number</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Card number and phone stay on this computer; they are never sent to the superior committee.</source>
        <translation>Số thẻ đảng viên và số điện thoại chỉ lưu trên máy này, không bao giờ gửi lên cấp trên.</translation>
    </message>
    <message>
        <source>Situation history</source>
        <translation>Diễn biến sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Reason or decision (optional)</source>
        <translation>Lý do hoặc quyết định (không bắt buộc)</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Thêm diễn biến</translation>
    </message>
    <message>
        <source>Remove selected event</source>
        <translation>Xóa diễn biến đã chọn</translation>
    </message>
    <message>
        <source>Positions in the branch</source>
        <translation>Chức vụ trong chi bộ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>in office</source>
        <translation>đương nhiệm</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Thêm chức vụ</translation>
    </message>
    <message>
        <source>Remove selected position</source>
        <translation>Xóa chức vụ đã chọn</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Ngày của diễn biến</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date: “%1” is not a date (dd/mm/yyyy).</source>
        <translation>Ngày thôi: “%1” không phải ngày (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (dd/mm/yyyy).</source>
        <translation>%1: “%2” không phải ngày (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Cần nhập %1.</translation>
    </message>
    <message>
        <source>Save or cancel the changes on the first tab first.</source>
        <translation>Hãy lưu hoặc hủy các thay đổi ở thẻ đầu trước.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>These entries on the second tab are typed but not recorded yet, and will be lost if the dialog closes now:</source>
        <translation>Những nội dung sau ở thẻ thứ hai đã gõ nhưng chưa ghi, và sẽ mất nếu đóng hộp thoại bây giờ:</translation>
    </message>
    <message>
        <source>Stay and record them</source>
        <translation>Ở lại để ghi</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Đóng, bỏ nội dung này</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <source>Import a member list</source>
        <translation>Nhập danh sách đảng viên</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>No file chosen (.xlsx or .csv).</source>
        <translation>Chưa chọn tệp (.xlsx hoặc .csv).</translation>
    </message>
    <message>
        <source>Columns: which column holds each field</source>
        <translation>Cột: mỗi thông tin nằm ở cột nào</translation>
    </message>
    <message>
        <source>Bad rows and duplicates (nothing is written while there are any, unless you skip them):</source>
        <translation>Dòng lỗi và dòng trùng (chưa ghi gì khi còn lỗi, trừ khi chọn bỏ qua):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Import, skipping bad rows</source>
        <translation>Nhập, bỏ qua dòng lỗi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of admission</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Date made official</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>Party card number</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Choose a member list</source>
        <translation>Chọn danh sách đảng viên</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Trùng</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Row %1 — %2 — %3: %4</source>
        <translation>Dòng %1 — %2 — %3: %4</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>cả dòng</translation>
    </message>
    <message>
        <source>%1 rows read, %2 ready to import, %3 bad rows.</source>
        <translation>Đã đọc %1 dòng, %2 dòng sẵn sàng nhập, %3 dòng lỗi.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(không có trong tệp)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Cột %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
</context>
<context>
    <name>MemberLifecycle</name>
    <message>
        <source>Out</source>
        <translation>Chuyển đi</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tạm thời</translation>
    </message>
    <message>
        <source>Working far away</source>
        <translation>Đi làm ăn xa</translation>
    </message>
</context>
<context>
    <name>MemberLifecycleTab</name>
    <message>
        <source>Print personal record…</source>
        <translation>In phiếu tóm tắt…</translation>
    </message>
    <message>
        <source>Periods out of the party…</source>
        <translation>Thời gian không sinh hoạt đảng…</translation>
    </message>
    <message>
        <source>Probation and official recognition</source>
        <translation>Dự bị và công nhận chính thức</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>For / base</source>
        <translation>Tán thành / tổng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>decision no.</source>
        <translation>số quyết định</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi</translation>
    </message>
    <message>
        <source>Branch vote on</source>
        <translation>Chi bộ biểu quyết ngày</translation>
    </message>
    <message>
        <source>for</source>
        <translation>tán thành</translation>
    </message>
    <message>
        <source>against</source>
        <translation>không tán thành</translation>
    </message>
    <message>
        <source>Superior&apos;s decision on</source>
        <translation>Cấp trên quyết định ngày</translation>
    </message>
    <message>
        <source>Mentor&apos;s review</source>
        <translation>Nhận xét ngày</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người giúp đỡ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>What the mentor wrote</source>
        <translation>Nội dung nhận xét của người giúp đỡ</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Thêm nhận xét</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Chuyển sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Giấy giới thiệu</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Party organisation (to or from)</source>
        <translation>Tổ chức đảng nơi đến hoặc nơi đi</translation>
    </message>
    <message>
        <source>letter no.</source>
        <translation>số giấy</translation>
    </message>
    <message>
        <source>Date of the introduction letter (default: the transfer date)</source>
        <translation>Ngày của giấy giới thiệu (mặc định: ngày chuyển)</translation>
    </message>
    <message>
        <source>Expected return (temporary or far away)</source>
        <translation>Ngày dự kiến trở về (tạm thời hoặc đi làm ăn xa)</translation>
    </message>
    <message>
        <source>Record transfer</source>
        <translation>Ghi chuyển sinh hoạt</translation>
    </message>
    <message>
        <source>Print letter and slip…</source>
        <translation>In giấy giới thiệu…</translation>
    </message>
    <message>
        <source>Receipt slip came back</source>
        <translation>Đã nhận phiếu báo</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Transfer date</source>
        <translation>Ngày chuyển</translation>
    </message>
    <message>
        <source>back by</source>
        <translation>dự kiến về</translation>
    </message>
    <message>
        <source>Removed from the list of members on %1 (not recognised as official).</source>
        <translation>Đã bị xóa tên khỏi danh sách đảng viên từ ngày %1 (không được công nhận chính thức).</translation>
    </message>
    <message>
        <source>Probationary until %1 (vote within the rule&apos;s deadline, by %2).</source>
        <translation>Dự bị đến ngày %1 (chi bộ xét công nhận chính thức chậm nhất ngày %2).</translation>
    </message>
    <message>
        <source>Official member since %1.</source>
        <translation>Đảng viên chính thức từ ngày %1.</translation>
    </message>
    <message>
        <source>The branch&apos;s vote of %1 did not recognise this member as official: removal from the list is proposed to the superior committee. Enter its decision below.</source>
        <translation>Chi bộ biểu quyết ngày %1 không công nhận đảng viên này là đảng viên chính thức: đề nghị cấp ủy cấp trên xóa tên khỏi danh sách đảng viên. Khi có quyết định, ghi ở dưới.</translation>
    </message>
    <message>
        <source>The 12 months of probation are over and no decision is recorded.</source>
        <translation>Đã hết 12 tháng dự bị mà chưa có quyết định công nhận chính thức.</translation>
    </message>
    <message>
        <source>Superior&apos;s removal decision on</source>
        <translation>Cấp trên quyết định xóa tên ngày</translation>
    </message>
    <message>
        <source>Record removal</source>
        <translation>Ghi xóa tên</translation>
    </message>
    <message>
        <source>Party age: %1 years %2 months.</source>
        <translation>Tuổi đảng: %1 năm %2 tháng.</translation>
    </message>
    <message>
        <source>Next badge: %1 years, at the ceremony of %2.</source>
        <translation>Huy hiệu sắp tới: %1 năm, dịp trao %2.</translation>
    </message>
    <message>
        <source>No date of admission recorded.</source>
        <translation>Chưa ghi ngày vào Đảng.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (dd/mm/yyyy).</source>
        <translation>%1: «%2» không phải ngày (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>Enter the date of the branch&apos;s vote, or of the superior&apos;s decision.</source>
        <translation>Hãy nhập ngày chi bộ biểu quyết, hoặc ngày quyết định của cấp trên.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Đã ghi.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Ngày nhận xét</translation>
    </message>
    <message>
        <source>Enter the review&apos;s date.</source>
        <translation>Hãy nhập ngày nhận xét.</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Ngày giấy giới thiệu</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>Ngày dự kiến trở về</translation>
    </message>
    <message>
        <source>Enter the transfer date.</source>
        <translation>Hãy nhập ngày chuyển.</translation>
    </message>
    <message>
        <source>Transfer recorded.</source>
        <translation>Đã ghi chuyển sinh hoạt.</translation>
    </message>
    <message>
        <source>Receipt date</source>
        <translation>Ngày nhận phiếu báo</translation>
    </message>
    <message>
        <source>Enter the date the receipt slip came back.</source>
        <translation>Hãy nhập ngày nhận được phiếu báo.</translation>
    </message>
    <message>
        <source>Transfer letter</source>
        <translation>Giấy giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Personal record</source>
        <translation>Phiếu tóm tắt quá trình của đảng viên</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Situation today</source>
        <translation>Tình trạng hôm nay</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
</context>
<context>
    <name>MemberTexts</name>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation>Phó bí thư</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Chi ủy viên</translation>
    </message>
    <message>
        <source>Admitted (probationary)</source>
        <translation>Kết nạp (dự bị)</translation>
    </message>
    <message>
        <source>Made official</source>
        <translation>Công nhận chính thức</translation>
    </message>
    <message>
        <source>Exempt from</source>
        <translation>Miễn sinh hoạt từ</translation>
    </message>
    <message>
        <source>Exempt until</source>
        <translation>Hết miễn sinh hoạt</translation>
    </message>
    <message>
        <source>Attached elsewhere from</source>
        <translation>Sinh hoạt tạm thời nơi khác từ</translation>
    </message>
    <message>
        <source>Attached elsewhere until</source>
        <translation>Hết sinh hoạt tạm thời nơi khác</translation>
    </message>
    <message>
        <source>Suspended from</source>
        <translation>Đình chỉ sinh hoạt từ</translation>
    </message>
    <message>
        <source>Suspended until</source>
        <translation>Hết đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <source>Special duty from</source>
        <translation>Đi công tác đặc biệt từ</translation>
    </message>
    <message>
        <source>Special duty until</source>
        <translation>Hết công tác đặc biệt</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>Chuyển sinh hoạt đến</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Chuyển sinh hoạt đi</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Từ trần</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>Khai trừ</translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation>Đã xóa tên</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <source>Not yet in the branch</source>
        <translation>Chưa vào chi bộ</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Đã rời chi bộ</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>miễn sinh hoạt</translation>
    </message>
    <message>
        <source>attached elsewhere</source>
        <translation>sinh hoạt nơi khác</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <source>special duty</source>
        <translation>công tác đặc biệt</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Party members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Search by name, card or phone — accents optional</source>
        <translation>Tìm theo tên, số thẻ hoặc điện thoại — gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Thêm đảng viên</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập từ tệp…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 đảng viên</translation>
    </message>
    <message>
        <source>%1 of %2 members match</source>
        <translation>%1 trong %2 đảng viên khớp</translation>
    </message>
    <message>
        <source>Saved. Warning: %1</source>
        <translation>Đã lưu. Lưu ý: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Imported %1 members.</source>
        <translation>Đã nhập %1 đảng viên.</translation>
    </message>
    <message>
        <source>Skipped rows: %1.</source>
        <translation>Đã bỏ qua dòng: %1.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Xuất sổ đảng viên</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported %1 members to %2.</source>
        <translation>Đã xuất %1 đảng viên ra %2.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The data file “%1” was not found.</source>
        <translation>Không tìm thấy tệp dữ liệu «%1».</translation>
    </message>
    <message>
        <source>The file “%1” is empty (0 bytes): it is not a Sổ Chi bộ data file. The file was not changed.</source>
        <translation>Tệp «%1» rỗng (0 byte): đây không phải tệp dữ liệu Sổ Chi bộ. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file “%1” is not a Sổ Chi bộ data file (it is not an SQLite database). The file was not changed.</source>
        <translation>Tệp «%1» không phải tệp dữ liệu Sổ Chi bộ (không phải cơ sở dữ liệu SQLite). Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file “%1” is an SQLite database but not a Sổ Chi bộ data file. The file was not changed.</source>
        <translation>Tệp «%1» là cơ sở dữ liệu SQLite nhưng không phải của Sổ Chi bộ. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged or incomplete (%2). The file was not changed; restore it from a backup.</source>
        <translation>Tệp «%1» bị hỏng hoặc không đầy đủ (%2). Tệp không bị thay đổi; hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The file “%1” was made by a newer version of Sổ Chi bộ (schema %2). Update the program to open it.</source>
        <translation>Tệp «%1» được tạo bởi phiên bản Sổ Chi bộ mới hơn (lược đồ %2). Hãy cập nhật phần mềm để mở tệp này.</translation>
    </message>
    <message>
        <source>The file “%1” could not be opened: %2</source>
        <translation>Không mở được tệp «%1»: %2</translation>
    </message>
    <message>
        <source>The data file is open in another Sổ Chi bộ window (%1).</source>
        <translation>Tệp dữ liệu đang được mở ở một cửa sổ Sổ Chi bộ khác (%1).</translation>
    </message>
    <message>
        <source>since %1 on %2</source>
        <translation>từ %1 ngày %2</translation>
    </message>
    <message>
        <source>since an unknown time</source>
        <translation>từ lúc không rõ</translation>
    </message>
    <message>
        <source>The data file is open in another Sổ Chi bộ window on this computer (user “%1”, computer “%2”, %3). Use that window, or close it and open the file again.</source>
        <translation>Tệp dữ liệu đang được mở ở một cửa sổ Sổ Chi bộ khác trên chính máy này (người dùng «%1», máy «%2», %3). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại tệp.</translation>
    </message>
    <message>
        <source>The data file is open by user “%1” on computer “%2” %3. Close Sổ Chi bộ on that computer first, then open the file again.</source>
        <translation>Tệp dữ liệu đang được người dùng «%1» mở trên máy tính «%2» %3. Hãy đóng Sổ Chi bộ trên máy đó trước, rồi mở lại tệp.</translation>
    </message>
    <message>
        <source>Could not write “%1”: permission denied. The file may be open in another program (close it), or the folder may be read-only (choose another folder).</source>
        <translation>Không ghi được «%1»: không có quyền ghi. Có thể tệp đang mở trong một chương trình khác (hãy đóng lại), hoặc thư mục chỉ cho đọc (hãy chọn thư mục khác).</translation>
    </message>
    <message>
        <source>“%1” was not found: the folder may have been moved, renamed or removed (e.g. a USB stick taken out).</source>
        <translation>Không tìm thấy «%1»: có thể thư mục đã bị chuyển đi, đổi tên hoặc không còn (ví dụ ổ USB đã rút ra).</translation>
    </message>
    <message>
        <source>“%1” is a folder: type a file name.</source>
        <translation>«%1» là một thư mục: hãy gõ tên tệp.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the disk is full. Free some space or choose another disk.</source>
        <translation>Không ghi được «%1»: ổ đĩa đã đầy. Hãy xóa bớt tệp hoặc chọn ổ đĩa khác.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the disk is read-only. Choose another folder.</source>
        <translation>Không ghi được «%1»: ổ đĩa chỉ cho đọc. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Could not read or write “%1”: %2</source>
        <translation>Không đọc/ghi được «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Admissions and badges</source>
        <translation>Kết nạp, Huy hiệu</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>This page could not be opened: %1</source>
        <translation>Không mở được trang này: %1</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Create the signing key</source>
        <translation>Tạo khóa ký</translation>
    </message>
    <message>
        <source>The key signs the year&apos;s package sent to the superior committee. It is kept on this computer, protected by a passphrase only you know. If the secretary changes, the new secretary creates a new key; the old key is kept to check old packages.</source>
        <translation>Khóa dùng để ký gói hồ sơ năm gửi cấp ủy cấp trên. Khóa được lưu trên máy này, bảo vệ bằng mật khẩu chỉ đồng chí biết. Khi thay bí thư, bí thư mới tạo khóa mới; khóa cũ được giữ lại để kiểm tra các gói cũ.</translation>
    </message>
    <message>
        <source>Key holder (secretary):</source>
        <translation>Người giữ khóa (bí thư):</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Đang tạo khóa ký…</translation>
    </message>
    <message>
        <source>Passphrase (at least 12 characters, or 4 words):</source>
        <translation>Mật khẩu (ít nhất 12 ký tự, hoặc 4 từ):</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting: %1</source>
        <translation>Cuộc họp mới: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Time: %1 – %2 (change it on the General tab)</source>
        <translation>Thời gian: %1 – %2 (sửa ở thẻ Thông tin chung)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>OpeningPanel</name>
    <message>
        <source>Opening the data file…</source>
        <translation>Đang mở tệp dữ liệu…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Party members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Official members</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Exempt from activities</source>
        <translation>Miễn công tác và sinh hoạt</translation>
    </message>
    <message>
        <source>Attending temporarily elsewhere</source>
        <translation>Sinh hoạt tạm thời nơi khác</translation>
    </message>
    <message>
        <source>Expected at meetings</source>
        <translation>Phải dự sinh hoạt</translation>
    </message>
    <message>
        <source>Situation on %1.</source>
        <translation>Tình hình tại ngày %1.</translation>
    </message>
    <message>
        <source>Regular meetings</source>
        <translation>Sinh hoạt thường kỳ</translation>
    </message>
    <message>
        <source>Thematic meetings</source>
        <translation>Sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <source>Regular and thematic combined</source>
        <translation>Thường kỳ kết hợp chuyên đề</translation>
    </message>
    <message>
        <source>Branch committee meetings</source>
        <translation>Họp chi ủy</translation>
    </message>
    <message>
        <source>Extraordinary meetings</source>
        <translation>Họp bất thường</translation>
    </message>
    <message>
        <source>Meetings held in %1</source>
        <translation>Các cuộc họp năm %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>These figures could not be read</source>
        <translation>Không đọc được các số liệu này</translation>
    </message>
</context>
<context>
    <name>PartyBreaksDialog</name>
    <message>
        <source>Periods out of the party — %1</source>
        <translation>Thời gian không sinh hoạt đảng — %1</translation>
    </message>
    <message>
        <source>Periods out of the party are not counted in party age; the next badge milestone moves with them.</source>
        <translation>Thời gian không sinh hoạt đảng không được tính vào tuổi Đảng; mốc xét tặng Huy hiệu kế tiếp lùi theo.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Remove the selected period</source>
        <translation>&amp;Xóa thời gian đang chọn</translation>
    </message>
    <message>
        <source>Leave empty while the member is still out</source>
        <translation>Để trống nếu đảng viên chưa trở lại sinh hoạt</translation>
    </message>
    <message>
        <source>e.g. the decision&apos;s number</source>
        <translation>ví dụ: số quyết định</translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation>Thê&amp;m thời gian</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Đến ngà&amp;y</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>still out</source>
        <translation>chưa trở lại</translation>
    </message>
    <message>
        <source>Enter the day the period began.</source>
        <translation>Nhập ngày bắt đầu thời gian không sinh hoạt đảng.</translation>
    </message>
    <message>
        <source>Period recorded.</source>
        <translation>Đã ghi thời gian không sinh hoạt đảng.</translation>
    </message>
    <message>
        <source>Period removed.</source>
        <translation>Đã xóa thời gian không sinh hoạt đảng.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (dd/mm/yyyy).</source>
        <translation>%1: «%2» không phải là ngày (ngày/tháng/năm).</translation>
    </message>
</context>
<context>
    <name>PathPicker</name>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preparing the document…</source>
        <translation>Đang tạo văn bản…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành tệp PDF…</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>Mở bằng trình xem PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>Không tạo được văn bản.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>Đã gửi %1 trang tới máy in.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <source>No PDF viewer is set up on this computer. The file is at %1</source>
        <translation>Máy tính này chưa có chương trình xem PDF. Tệp đã được lưu tại %1</translation>
    </message>
    <message>
        <source>Document not made</source>
        <translation>Chưa tạo được văn bản</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>Chưa lưu được tệp PDF</translation>
    </message>
</context>
<context>
    <name>PortalDialog</name>
    <message>
        <source>Payment on the public-services portal</source>
        <translation>Nộp qua Cổng Dịch vụ công Quốc gia</translation>
    </message>
    <message>
        <source>Comrade %1, dues of %2</source>
        <translation>Đồng chí %1, đảng phí tháng %2</translation>
    </message>
    <message>
        <source>Receipt number shown by the portal</source>
        <translation>Số biên lai Cổng Dịch vụ công cấp</translation>
    </message>
    <message>
        <source>Amount (đồng)</source>
        <translation>Số tiền (đồng)</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Số biên lai</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Ngày nộp</translation>
    </message>
</context>
<context>
    <name>ProtectionChoice</name>
    <message>
        <source>Protect the file</source>
        <translation>Bảo vệ tệp</translation>
    </message>
    <message>
        <source>Do not encrypt (anyone who copies the file or a backup can read it)</source>
        <translation>Không mã hóa (ai chép được tệp hoặc bản sao lưu đều đọc được)</translation>
    </message>
    <message>
        <source>Encrypt the file with a passphrase (recommended)</source>
        <translation>Mã hóa tệp bằng cụm mật khẩu (nên chọn)</translation>
    </message>
    <message>
        <source>The file and its backups cannot be read without the passphrase. &lt;b&gt;Without the passphrase or the recovery sheet shown next, nobody can recover the data&lt;/b&gt; — not even the makers of the program.</source>
        <translation>Không có cụm mật khẩu thì không đọc được tệp và các bản sao lưu. &lt;b&gt;Không có cụm mật khẩu hoặc phiếu khôi phục (hiện ra ngay sau đây) thì không ai lấy lại được dữ liệu&lt;/b&gt;, kể cả người làm ra phần mềm.</translation>
    </message>
    <message>
        <source>Passphrase (at least 12 characters, or 4 words):</source>
        <translation>Cụm mật khẩu (ít nhất 12 ký tự, hoặc 4 từ):</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Nhập lại cụm mật khẩu:</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Lùi lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa «%1» không?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Tên tệp không hợp lệ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao ché&amp;p</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không với tấ&amp;t cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao ché&amp;p</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for absence</source>
        <translation>Lý do vắng mặt</translation>
    </message>
    <message>
        <source>Why is comrade %1 absent?</source>
        <translation>Đồng chí %1 vắng vì lý do gì?</translation>
    </message>
    <message>
        <source>Type another reason, then Enter</source>
        <translation>Gõ lý do khác rồi nhấn Enter</translation>
    </message>
    <message>
        <source>&amp;%1. Other reason:</source>
        <translation>&amp;%1. Lý do khác:</translation>
    </message>
    <message>
        <source>Press 1–%1 for a reason above, or type another one and press Enter. Esc cancels.</source>
        <translation>Nhấn 1–%1 để chọn lý do ở trên, hoặc gõ lý do khác rồi nhấn Enter. Esc để hủy.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Reason accepted by the branch</source>
        <translation>Lý do chi bộ chấp nhận</translation>
    </message>
    <message>
        <source>Comrade %1, dues of %2</source>
        <translation>Đồng chí %1, đảng phí tháng %2</translation>
    </message>
    <message>
        <source>e.g. in hospital the whole month</source>
        <translation>ví dụ: nằm viện cả tháng</translation>
    </message>
    <message>
        <source>A month left unpaid with an accepted reason does not count among the unpaid months that lead to a removal proposal.</source>
        <translation>Tháng chưa nộp có lý do được chi bộ chấp nhận không tính vào số tháng không đóng dẫn đến đề nghị xóa tên.</translation>
    </message>
</context>
<context>
    <name>RecordsExport</name>
    <message>
        <source>The data file is encrypted, but the records file “%1” will be plain text: anyone who gets it can read every record, with no passphrase.

Export anyway?</source>
        <translation>Tệp dữ liệu được mã hóa, nhưng tệp hồ sơ «%1» sẽ là văn bản thường: ai có tệp này đều đọc được mọi hồ sơ mà không cần cụm mật khẩu.

Vẫn xuất?</translation>
    </message>
    <message>
        <source>Export the records</source>
        <translation>Xuất hồ sơ</translation>
    </message>
    <message>
        <source>Records (*.json)</source>
        <translation>Hồ sơ (*.json)</translation>
    </message>
    <message>
        <source>The records were exported to %1: %2 members, %3 meetings.</source>
        <translation>Đã xuất hồ sơ ra %1: %2 đảng viên, %3 cuộc họp.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <source>Recovery sheet of the data file</source>
        <translation>Phiếu khôi phục tệp dữ liệu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without the passphrase or this recovery code, nobody can recover the data&lt;/b&gt; — not the superior committee, not the makers of the program. Print the sheet, sign it, and keep it in a sealed envelope in a locked cupboard, away from the computer and from the backup sticks. Whoever has it can open the file.</source>
        <translation>&lt;b&gt;Không có cụm mật khẩu hoặc mã khôi phục này thì không ai lấy lại được dữ liệu&lt;/b&gt;, kể cả cấp ủy cấp trên hay người làm ra phần mềm. Hãy in phiếu, ký, cất trong phong bì dán kín ở tủ có khóa, tách khỏi máy tính và các USB sao lưu. Ai có phiếu đều mở được tệp.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Print or save the recovery sheet…</source>
        <translation>In hoặc lưu phiếu khôi phục…</translation>
    </message>
    <message>
        <source>I have printed the sheet (or written the code down) and will keep it safe</source>
        <translation>Tôi đã in phiếu (hoặc chép lại mã) và sẽ cất giữ cẩn thận</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>The new file is encrypted. This recovery code opens it if the passphrase is forgotten.</source>
        <translation>Tệp mới đã được mã hóa. Mã khôi phục này mở được tệp khi quên cụm mật khẩu.</translation>
    </message>
    <message>
        <source>The file is now encrypted; the unencrypted original was deleted once the encrypted file passed its check. This recovery code opens the file if the passphrase is forgotten.</source>
        <translation>Tệp đã được mã hóa; bản gốc chưa mã hóa đã bị xóa sau khi bản mã hóa qua kiểm tra. Mã khôi phục này mở được tệp khi quên cụm mật khẩu.</translation>
    </message>
    <message>
        <source>The passphrase was changed. This is the new recovery code: the old code no longer opens the file (only backups made before the change). Destroy the old sheet once this one is printed.</source>
        <translation>Đã đổi cụm mật khẩu. Đây là mã khôi phục mới: mã cũ không còn mở được tệp (chỉ còn mở được các bản sao lưu làm trước khi đổi). In phiếu này xong hãy hủy phiếu cũ.</translation>
    </message>
    <message>
        <source>The recovery code of the open file.</source>
        <translation>Mã khôi phục của tệp đang mở.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Phiếu khôi phục</translation>
    </message>
</context>
<context>
    <name>RefusalBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Ẩn thông báo này</translation>
    </message>
    <message>
        <source>Not recorded: column «%1» of %2 — %3</source>
        <translation>Không ghi được ô «%1» của %2 — %3</translation>
    </message>
</context>
<context>
    <name>RegistryDialog</name>
    <message>
        <source>Branches and keys</source>
        <translation>Chi bộ và khóa ký</translation>
    </message>
    <message>
        <source>Branch / key fingerprint</source>
        <translation>Chi bộ / dấu vân tay khóa</translation>
    </message>
    <message>
        <source>Name / valid from</source>
        <translation>Tên / hiệu lực từ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Add branch…</source>
        <translation>Thêm chi bộ…</translation>
    </message>
    <message>
        <source>Add key (signer.pem)…</source>
        <translation>Thêm khóa (signer.pem)…</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Thu hồi khóa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n khóa</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>còn hiệu lực</translation>
    </message>
    <message>
        <source>Cannot register</source>
        <translation>Không đăng ký được</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Thêm khóa</translation>
    </message>
    <message>
        <source>Select the branch first.</source>
        <translation>Hãy chọn chi bộ trước.</translation>
    </message>
    <message>
        <source>Public key of the branch</source>
        <translation>Khóa công khai của chi bộ</translation>
    </message>
    <message>
        <source>Public keys (*.pem);;All files (*)</source>
        <translation>Khóa công khai (*.pem);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cannot add the key</source>
        <translation>Không thêm được khóa</translation>
    </message>
    <message>
        <source>Key registered</source>
        <translation>Đã đăng ký khóa</translation>
    </message>
    <message>
        <source>Fingerprint: %1

Compare it, group by group, with the fingerprint on the branch&apos;s signed registration form. If they differ, revoke this key.</source>
        <translation>Dấu vân tay: %1

Hãy đối chiếu từng nhóm với dấu vân tay trên phiếu đăng ký có chữ ký của chi bộ. Nếu khác nhau, hãy thu hồi khóa này.</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>Hãy chọn một khóa trước.</translation>
    </message>
    <message>
        <source>Revoke key %1? Packages signed with it will no longer be accepted.</source>
        <translation>Thu hồi khóa %1? Các gói ký bằng khóa này sẽ không được nhận nữa.</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Choose the backup to restore “%1” from</source>
        <translation>Chọn bản sao lưu để khôi phục «%1»</translation>
    </message>
    <message>
        <source>Backups of this file (%1);;All data files (*.sqlite)</source>
        <translation>Bản sao lưu của tệp này (%1);;Mọi tệp dữ liệu (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” was restored from the backup. The damaged file was kept, unchanged, as “%2”.</source>
        <translation>Đã khôi phục «%1» từ bản sao lưu. Tệp bị hỏng được giữ nguyên trạng tại «%2».</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The records as they are now are backed up first, so a restore can itself be undone by restoring that backup.</source>
        <translation>Chọn bản sao lưu muốn quay về. Dữ liệu hiện tại sẽ được sao lưu trước, nên có thể hoàn tác việc khôi phục bằng cách khôi phục lại bản sao lưu đó.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Số cuộc họp theo năm</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Đang đọc các bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Khôi phục bản này</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>Khôi phục từ &amp;tệp khác…</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>There is no backup of this file yet.</source>
        <translation>Tệp dữ liệu này chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Backups: %1. Choose one and press “Restore this backup”.</source>
        <translation>Có %1 bản sao lưu. Chọn một bản rồi bấm «Khôi phục bản này».</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>no meetings</source>
        <translation>chưa có cuộc họp</translation>
    </message>
    <message>
        <source>Automatic (every 30 minutes)</source>
        <translation>Tự động (30 phút một lần)</translation>
    </message>
    <message>
        <source>On opening the file</source>
        <translation>Khi mở tệp</translation>
    </message>
    <message>
        <source>On closing the file</source>
        <translation>Khi đóng tệp</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>Sao lưu thủ công</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Before upgrading the file</source>
        <translation>Trước khi nâng cấp tệp</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <source>Before an export</source>
        <translation>Trước khi xuất dữ liệu</translation>
    </message>
    <message>
        <source>Before a repair</source>
        <translation>Trước khi sửa lỗi</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <source>Sổ Chi bộ backups (*.sqlite)</source>
        <translation>Bản sao lưu Sổ Chi bộ (*.sqlite)</translation>
    </message>
    <message>
        <source>Replace the records in this file by those of the backup “%1”?

The records as they are now will be backed up first.</source>
        <translation>Thay dữ liệu trong tệp này bằng dữ liệu của bản sao lưu «%1»?

Dữ liệu hiện tại sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <source>Restoring… the window will reopen the file.</source>
        <translation>Đang khôi phục… cửa sổ sẽ mở lại tệp dữ liệu.</translation>
    </message>
    <message>
        <source>old passphrase</source>
        <translation>cụm mật khẩu cũ</translation>
    </message>
    <message>
        <source>Before the passphrase was changed</source>
        <translation>Trước khi đổi cụm mật khẩu</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Edit commitment…</source>
        <translation>Sửa bản cam kết…</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>In mẫu</translation>
    </message>
    <message>
        <source>Self-review</source>
        <translation>Tự kiểm điểm</translation>
    </message>
    <message>
        <source>Edit self-review…</source>
        <translation>Sửa bản tự kiểm điểm…</translation>
    </message>
    <message>
        <source>Rating steps</source>
        <translation>Các bước xếp loại</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <source>Select a member in the grid</source>
        <translation>Chọn một đảng viên trong bảng</translation>
    </message>
    <message>
        <source>Signed on %1; %2 of %3 standards written.</source>
        <translation>Ký ngày %1; đã viết %2/%3 chuẩn mực.</translation>
    </message>
    <message>
        <source>No commitment recorded.</source>
        <translation>Chưa có bản cam kết.</translation>
    </message>
    <message>
        <source>for %1, against %2, abstain %3</source>
        <translation>tán thành %1, không tán thành %2, không biểu quyết %3</translation>
    </message>
    <message>
        <source>Disciplined: %1, decision %2 of %3 (%4)</source>
        <translation>Bị kỷ luật: %1, quyết định %2 ngày %3 (%4)</translation>
    </message>
    <message>
        <source>No self-review recorded.</source>
        <translation>Chưa có bản tự kiểm điểm.</translation>
    </message>
    <message>
        <source>Written on %1; %2 of %3 sections written.</source>
        <translation>Viết ngày %1; đã viết %2/%3 mục.</translation>
    </message>
    <message>
        <source>Self score %1, tasks exceeded %2%.</source>
        <translation>Tự chấm %1 điểm, vượt %2% nhiệm vụ.</translation>
    </message>
    <message>
        <source>By the rules: %1.</source>
        <translation>Theo quy định: %1.</translation>
    </message>
    <message>
        <source>Member proposes: %1.</source>
        <translation>Đảng viên tự nhận: %1.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>(none)</source>
        <translation>(chưa có)</translation>
    </message>
</context>
<context>
    <name>ReviewPrinting</name>
    <message>
        <source>Commitment %1 — %2</source>
        <translation>Bản cam kết %1 — %2</translation>
    </message>
    <message>
        <source>Self-review %1 — %2</source>
        <translation>Bản tự kiểm điểm %1 — %2</translation>
    </message>
    <message>
        <source>Rating summary %1</source>
        <translation>Tổng hợp xếp loại năm %1</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <source>Print rating summary…</source>
        <translation>In báo cáo tổng hợp xếp loại…</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Not reviewed this year</source>
        <translation>Không xếp loại năm nay</translation>
    </message>
    <message>
        <source>Discipline decided this year</source>
        <translation>Kỷ luật trong năm</translation>
    </message>
    <message>
        <source>Record a discipline decision…</source>
        <translation>Ghi quyết định kỷ luật…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Xóa mục đã chọn</translation>
    </message>
    <message>
        <source>Year %1: %2 members reviewed (as of %3), %4 not yet rated, %5 not reviewed.</source>
        <translation>Năm %1: %2 đảng viên thuộc diện xếp loại (tính đến %3), %4 chưa xếp loại, %5 không xếp loại.</translation>
    </message>
    <message>
        <source>Not yet rated</source>
        <translation>Chưa xếp loại</translation>
    </message>
    <message>
        <source>Warning: more HTXSNV than the cap allows — %1 HTXSNV, cap %2% of %3 HTTNV = %4.</source>
        <translation>Cảnh báo: vượt giới hạn xuất sắc — %1 HTXSNV, giới hạn %2% của %3 HTTNV = %4.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <source>By the rules</source>
        <translation>Theo quy định</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Tự nhận</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Chi ủy</translation>
    </message>
    <message>
        <source>Superior</source>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Type 1–4 or X, T, H, K to set the rating; Delete clears it.</source>
        <translation>Gõ 1–4 hoặc X, T, H, K để xếp loại; phím Delete để xóa.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <source>Excellent (HTXSNV)</source>
        <translation>Hoàn thành xuất sắc nhiệm vụ (HTXSNV)</translation>
    </message>
    <message>
        <source>Good (HTTNV)</source>
        <translation>Hoàn thành tốt nhiệm vụ (HTTNV)</translation>
    </message>
    <message>
        <source>Completed (HTNV)</source>
        <translation>Hoàn thành nhiệm vụ (HTNV)</translation>
    </message>
    <message>
        <source>Not completed (KHTNV)</source>
        <translation>Không hoàn thành nhiệm vụ (KHTNV)</translation>
    </message>
    <message>
        <source>Self-rating</source>
        <translation>Tự xếp loại</translation>
    </message>
    <message>
        <source>Branch vote</source>
        <translation>Chi bộ biểu quyết</translation>
    </message>
    <message>
        <source>Committee proposal</source>
        <translation>Chi ủy đề xuất</translation>
    </message>
    <message>
        <source>Superior decision</source>
        <translation>Cấp trên quyết định</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <source>Attached elsewhere</source>
        <translation>Sinh hoạt tạm thời nơi khác</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Chuyển sinh hoạt đi</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Từ trần</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>Khai trừ</translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation>Đã xóa tên</translation>
    </message>
    <message>
        <source>Not yet a member</source>
        <translation>Chưa vào chi bộ</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Đã rời chi bộ</translation>
    </message>
    <message>
        <source>Reviewed and rated.</source>
        <translation>Thuộc diện kiểm điểm, xếp loại.</translation>
    </message>
    <message>
        <source>Transferred in this year: reviewed here, consulting the previous branch&apos;s remarks.</source>
        <translation>Chuyển sinh hoạt đến trong năm: chi bộ này kiểm điểm, có tham khảo nhận xét của nơi sinh hoạt trước.</translation>
    </message>
    <message>
        <source>Attached elsewhere: reviewed here, with the remarks of the branch they meet with.</source>
        <translation>Đang sinh hoạt tạm thời nơi khác: chi bộ này kiểm điểm, có nhận xét của nơi sinh hoạt tạm thời.</translation>
    </message>
    <message>
        <source>Admitted less than 6 months before the review date: not rated this year.</source>
        <translation>Mới kết nạp chưa đủ 6 tháng tính đến ngày xét: chưa xếp loại năm nay.</translation>
    </message>
    <message>
        <source>Exempt from party work and meetings: not reviewed.</source>
        <translation>Được miễn công tác và sinh hoạt đảng: không kiểm điểm, xếp loại.</translation>
    </message>
    <message>
        <source>Suspended from party activity: not reviewed.</source>
        <translation>Đang bị đình chỉ sinh hoạt: không kiểm điểm, xếp loại.</translation>
    </message>
    <message>
        <source>Transferred out: the new branch reviews them.</source>
        <translation>Đã chuyển sinh hoạt đi: chi bộ mới kiểm điểm, xếp loại.</translation>
    </message>
    <message>
        <source>Deceased: not reviewed.</source>
        <translation>Đã từ trần: không kiểm điểm.</translation>
    </message>
    <message>
        <source>Expelled: not reviewed.</source>
        <translation>Đã bị khai trừ: không kiểm điểm.</translation>
    </message>
    <message>
        <source>Removed from the list: not reviewed.</source>
        <translation>Đã bị xóa tên khỏi danh sách đảng viên: không kiểm điểm.</translation>
    </message>
    <message>
        <source>Joined after the review date: reviewed from next year.</source>
        <translation>Vào chi bộ sau ngày xét: kiểm điểm từ năm sau.</translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation>Khiển trách</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh cáo</translation>
    </message>
    <message>
        <source>Dismissal from post</source>
        <translation>Cách chức</translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation>Khai trừ</translation>
    </message>
    <message>
        <source>Members are reviewed as they stand on 1 December: exempt or suspended members are not reviewed; members transferred out are reviewed by their new branch; members transferred in are reviewed here; members admitted less than 6 months before are rated next year.</source>
        <translation>Xét theo tình trạng đảng viên ngày 01/12: đảng viên được miễn sinh hoạt hoặc đang bị đình chỉ sinh hoạt thì không kiểm điểm, xếp loại; đảng viên đã chuyển đi do chi bộ mới xếp loại; đảng viên chuyển đến do chi bộ này xếp loại; đảng viên mới kết nạp chưa đủ 6 tháng thì xếp loại từ năm sau.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Date recorded with ratings typed in the grid</source>
        <translation>Ngày ghi cho các xếp loại gõ trong bảng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Date of the ratings typed</source>
        <translation>Ngày xếp loại</translation>
    </message>
    <message>
        <source>Keys: 1 or X = HTXSNV · 2 or T = HTTNV · 3 or H = HTNV · 4 or K = KHTNV · Delete clears · Enter moves down · Tab moves right · Esc leaves the grid</source>
        <translation>Phím: 1 hoặc X = HTXSNV · 2 hoặc T = HTTNV · 3 hoặc H = HTNV · 4 hoặc K = KHTNV · Delete: xóa · Enter: xuống dòng · Tab: sang phải · Esc: ra khỏi bảng</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Remove discipline decision</source>
        <translation>Xóa quyết định kỷ luật</translation>
    </message>
    <message>
        <source>Remove this discipline decision from the register?</source>
        <translation>Xóa quyết định kỷ luật này khỏi sổ?</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Kiểm điểm, xếp loại</translation>
    </message>
</context>
<context>
    <name>RulebookDialog</name>
    <message>
        <source>Rulebook for %1</source>
        <translation>Bộ tiêu chí năm %1</translation>
    </message>
    <message>
        <source>The year %1 is evaluated under the rulebook chosen here. Changing it re-scores every component under other rules.</source>
        <translation>Năm %1 được đánh giá theo bộ tiêu chí chọn ở đây. Đổi bộ tiêu chí thì mọi tiêu chí thành phần được chấm lại theo quy định khác.</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>mẫu</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>hiệu lực từ %1</translation>
    </message>
    <message>
        <source>Use this rulebook</source>
        <translation>Dùng bộ tiêu chí này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>RulebooksTab</name>
    <message>
        <source>Each year is evaluated under the rulebook in force then. A superior committee can send its own rulebook (a .toml file, signed with a .sig file beside it): import it here, then choose it for a year on the Self-evaluation page.</source>
        <translation>Mỗi năm được đánh giá theo bộ tiêu chí có hiệu lực trong năm đó. Cấp ủy cấp trên có thể gửi bộ tiêu chí riêng (tệp .toml, kèm tệp chữ ký .sig bên cạnh): nhập tại đây, rồi chọn bộ tiêu chí cho từng năm ở trang Tự đánh giá.</translation>
    </message>
    <message>
        <source>Rulebook</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Import a rulebook…</source>
        <translation>Nhập bộ tiêu chí…</translation>
    </message>
    <message>
        <source>checked (%1)</source>
        <translation>đã kiểm tra (%1)</translation>
    </message>
    <message>
        <source>sample shipped with the program</source>
        <translation>bộ mẫu kèm phần mềm</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>không có chữ ký</translation>
    </message>
    <message>
        <source>Import a rulebook</source>
        <translation>Nhập bộ tiêu chí</translation>
    </message>
    <message>
        <source>Rulebooks (*.toml)</source>
        <translation>Bộ tiêu chí (*.toml)</translation>
    </message>
    <message>
        <source>Imported: %1 — %2
SHA-256: %3</source>
        <translation>Đã nhập: %1 — %2
SHA-256: %3</translation>
    </message>
    <message>
        <source>The superior committee&apos;s signature is valid; key %1. Compare it with the fingerprint the committee published.</source>
        <translation>Chữ ký của cấp ủy cấp trên hợp lệ; khóa %1. Hãy đối chiếu với dấu vân tay cấp trên đã công bố.</translation>
    </message>
    <message>
        <source>The file carries no signature (.sig).</source>
        <translation>Tệp không kèm chữ ký (.sig).</translation>
    </message>
    <message>
        <source>Rulebooks</source>
        <translation>Bộ tiêu chí</translation>
    </message>
</context>
<context>
    <name>ScoreBox</name>
    <message>
        <source>not scored</source>
        <translation>chưa chấm</translation>
    </message>
</context>
<context>
    <name>SelfReviewDialog</name>
    <message>
        <source>Self-review %1 — %2</source>
        <translation>Bản tự kiểm điểm %1 — %2</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Ngày viết</translation>
    </message>
    <message>
        <source>Self score (of 100)</source>
        <translation>Điểm tự chấm (thang 100)</translation>
    </message>
    <message>
        <source>Tasks exceeded</source>
        <translation>Tỷ lệ nhiệm vụ vượt</translation>
    </message>
    <message>
        <source>Rating by the rules</source>
        <translation>Xếp loại theo quy định</translation>
    </message>
    <message>
        <source>Member&apos;s own proposal</source>
        <translation>Đảng viên tự nhận</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Rulebooks</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>A new language is used after the program is restarted.</source>
        <translation>Ngôn ngữ mới được dùng sau khi khởi động lại chương trình.</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Cỡ chữ:</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>“backups” beside the data file</source>
        <translation>thư mục «backups» cạnh tệp dữ liệu</translation>
    </message>
    <message>
        <source>none (e.g. a USB stick)</source>
        <translation>không có (ví dụ: một ổ USB)</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Thư mục sao lưu:</translation>
    </message>
    <message>
        <source>Second backup copy:</source>
        <translation>Bản sao lưu thứ hai:</translation>
    </message>
    <message>
        <source>Page layout of printed documents</source>
        <translation>Trình bày trang văn bản in</translation>
    </message>
    <message>
        <source>Top margin:</source>
        <translation>Lề trên:</translation>
    </message>
    <message>
        <source>Bottom margin:</source>
        <translation>Lề dưới:</translation>
    </message>
    <message>
        <source>Left margin:</source>
        <translation>Lề trái:</translation>
    </message>
    <message>
        <source>Right margin:</source>
        <translation>Lề phải:</translation>
    </message>
    <message>
        <source>Body text size:</source>
        <translation>Cỡ chữ nội dung:</translation>
    </message>
    <message>
        <source>Party documents usually use top and bottom 20 mm, left 30 mm, right 15 mm and 13–14 pt text.</source>
        <translation>Văn bản của Đảng thường dùng lề trên và lề dưới 20 mm, lề trái 30 mm, lề phải 15 mm và cỡ chữ 13–14.</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start Sổ Chi bộ.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần khởi động Sổ Chi bộ tiếp theo.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Không biểu quyết</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets of the year&apos;s resolution %1</source>
        <translation>Chỉ tiêu nghị quyết năm %1</translation>
    </message>
    <message>
        <source>The targets (chỉ tiêu) adopted in the branch&apos;s annual resolution, with the planned and achieved values. A target is met when the achieved value reaches the planned one.</source>
        <translation>Các chỉ tiêu trong nghị quyết năm của chi bộ, với giá trị kế hoạch và kết quả thực hiện. Chỉ tiêu đạt khi kết quả thực hiện bằng hoặc vượt kế hoạch.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>Remove selected target</source>
        <translation>Xóa chỉ tiêu đang chọn</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>New members to admit this year (admission target):</source>
        <translation>Số đảng viên kết nạp mới theo chỉ tiêu của năm:</translation>
    </message>
    <message>
        <source>This year is locked after its package was sent: read only.</source>
        <translation>Năm này đã khóa sau khi gửi hồ sơ lên cấp trên: chỉ xem, không sửa được.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” is not a number.</source>
        <translation>Dòng %1, cột «%2»: «%3» không phải là số.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: enter the planned value.</source>
        <translation>Dòng %1, cột «%2»: chưa nhập giá trị kế hoạch.</translation>
    </message>
</context>
<context>
    <name>ThematicPlanPage</name>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <source>Planned month</source>
        <translation>Tháng dự kiến</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Đã tổ chức ngày</translation>
    </message>
    <message>
        <source>Add your own topic to the suggestions…</source>
        <translation>Thêm chủ đề riêng của chi bộ vào danh sách gợi ý…</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Thêm chủ đề</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>At least one thematic session each quarter. Pick a suggested topic or type your own.</source>
        <translation>Mỗi quý ít nhất một buổi sinh hoạt chuyên đề. Chọn chủ đề gợi ý hoặc tự ghi chủ đề.</translation>
    </message>
    <message>
        <source>Thematic plan</source>
        <translation>Kế hoạch chuyên đề</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open an encrypted file</source>
        <translation>Mở tệp đã mã hóa</translation>
    </message>
    <message>
        <source>The backup “%1” was encrypted under another passphrase (before the passphrase was changed). Type the passphrase it was made with, or the recovery code of that time.</source>
        <translation>Bản sao lưu «%1» được mã hóa bằng một cụm mật khẩu khác (trước khi đổi cụm mật khẩu). Hãy nhập cụm mật khẩu của lúc làm bản sao lưu, hoặc mã khôi phục của lúc đó.</translation>
    </message>
    <message>
        <source>The file “%1” is encrypted. Type its passphrase, or the recovery code from its recovery sheet.</source>
        <translation>Tệp «%1» được mã hóa. Hãy nhập cụm mật khẩu, hoặc mã khôi phục in trên phiếu khôi phục.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Recovery code (from the recovery sheet)</source>
        <translation>Mã khôi phục (trên phiếu khôi phục)</translation>
    </message>
    <message>
        <source>Tries left: %1.</source>
        <translation>Còn %1 lần thử.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery code.</source>
        <translation>Hãy nhập cụm mật khẩu hoặc mã khôi phục.</translation>
    </message>
</context>
<context>
    <name>UnlockFlow</name>
    <message>
        <source>Three wrong tries: the file was not opened. Open it again to try once more.</source>
        <translation>Nhập sai ba lần: tệp chưa được mở. Hãy mở lại tệp để thử tiếp.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Save the changes you made?</source>
        <translation>Lưu những thay đổi vừa nhập?</translation>
    </message>
    <message>
        <source>Save the changes in “%1”?</source>
        <translation>Lưu những thay đổi ở «%1»?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>If you do not save, what you typed is lost.</source>
        <translation>Nếu không lưu, những gì vừa nhập sẽ mất.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>&amp;Không lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>YearLockBanner</name>
    <message>
        <source>%1 was sent to the superior committee and is locked: its records can be read, not changed. To correct it, reopen it in %2.</source>
        <translation>%1 đã gửi hồ sơ lên cấp trên và đang khóa: chỉ xem được, không sửa được. Muốn đính chính, hãy mở khóa trong %2.</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
</context>
<context>
    <name>YearViewPage</name>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Regular meeting</source>
        <translation>Sinh hoạt thường kỳ</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Chất lượng</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tỉ lệ dự họp</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Yêu cầu dự họp</translation>
    </message>
    <message>
        <source>Committee meeting</source>
        <translation>Họp chi ủy</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Thematic sessions</source>
        <translation>Sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Những việc còn thiếu</translation>
    </message>
    <message>
        <source>Attendance rate by month (line: 85%)</source>
        <translation>Tỉ lệ dự họp theo tháng (đường kẻ: 85%)</translation>
    </message>
    <message>
        <source>Overdue (due %1)</source>
        <translation>Quá hạn (hạn %1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <source>resolution of %1</source>
        <translation>nghị quyết ngày %1</translation>
    </message>
    <message>
        <source>No open task is overdue or due within a month.</source>
        <translation>Không có nhiệm vụ nào quá hạn hoặc đến hạn trong một tháng.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Kế hoạch: %1</translation>
    </message>
    <message>
        <source>Nothing missing so far this year.</source>
        <translation>Từ đầu năm đến nay không thiếu buổi sinh hoạt nào.</translation>
    </message>
    <message>
        <source>Year at a glance</source>
        <translation>Tổng quan năm</translation>
    </message>
    <message>
        <source>Dues paid</source>
        <translation>Nộp đảng phí</translation>
    </message>
    <message>
        <source>Open tasks, overdue or due within a month</source>
        <translation>Nhiệm vụ quá hạn, sắp đến hạn</translation>
    </message>
    <message>
        <source>Tasks of the monthly resolutions not reviewed yet; Enter or a double click opens the meeting.</source>
        <translation>Nhiệm vụ của các nghị quyết tháng chưa kiểm điểm; nhấn Enter hoặc bấm đúp để mở cuộc họp.</translation>
    </message>
    <message>
        <source>%1 members did not pay this month</source>
        <translation>%1 đồng chí chưa nộp tháng này</translation>
    </message>
    <message>
        <source>%1 has not paid the dues of months %2 (%3 months without an accepted reason: the branch considers proposing removal)</source>
        <translation>%1 chưa nộp đảng phí các tháng %2 (%3 tháng không có lý do được chấp nhận: chi bộ xem xét đề nghị xóa tên)</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <source>Is the year complete?</source>
        <translation>Hồ sơ năm đã đủ chưa?</translation>
    </message>
    <message>
        <source>Double-click an item to go and fix it. You may also send the package as it is.</source>
        <translation>Nhấp đúp vào một mục để đến chỗ sửa. Cũng có thể gửi gói như hiện có.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Không còn thiếu gì.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing:</source>
        <translation>
            <numerusform>Còn thiếu %n mục:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>The package is ready</source>
        <translation>Gói hồ sơ đã sẵn sàng</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Size: %1 KB</source>
        <translation>Dung lượng: %1 KB</translation>
    </message>
    <message>
        <source>Package number: %1</source>
        <translation>Gói số: %1</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Dấu vân tay khóa: %1</translation>
    </message>
    <message>
        <source>The year is now locked. Take the file to the superior committee; they check it against the key fingerprint on your registration form.</source>
        <translation>Năm này đã được khóa. Hãy mang tệp đến cấp ủy cấp trên; cấp trên sẽ đối chiếu với dấu vân tay khóa trên phiếu đăng ký của chi bộ.</translation>
    </message>
</context>
<context>
    <name>_SendPage</name>
    <message>
        <source>Sign and save</source>
        <translation>Ký và lưu</translation>
    </message>
    <message>
        <source>Type the signing key&apos;s passphrase and choose where to save (e.g. a USB stick).</source>
        <translation>Nhập mật khẩu khóa ký và chọn nơi lưu (ví dụ USB).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Save in folder:</source>
        <translation>Lưu vào thư mục:</translation>
    </message>
    <message>
        <source>Save the package in</source>
        <translation>Lưu gói hồ sơ vào</translation>
    </message>
</context>
<context>
    <name>_YearPage</name>
    <message>
        <source>Which year?</source>
        <translation>Gửi hồ sơ năm nào?</translation>
    </message>
    <message>
        <source>The package holds the year&apos;s evaluation, meeting records, ratings and reports.</source>
        <translation>Gói gồm kết quả tự đánh giá, số liệu sinh hoạt, xếp loại đảng viên và các báo cáo của năm.</translation>
    </message>
    <message>
        <source>Reopen the year for a correction…</source>
        <translation>Mở lại năm để đính chính…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message numerus="yes">
        <source>Already sent: %n package(s); the last is %1.</source>
        <translation>
            <numerusform>Đã gửi %n gói; gói gần nhất là %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new export gets the next number and replaces the previous package.</source>
        <translation>Lần gửi mới sẽ mang số tiếp theo và thay thế gói trước.</translation>
    </message>
    <message>
        <source>The year is locked (read-only) since its package was exported.</source>
        <translation>Năm này đã khóa (chỉ xem) từ khi gửi hồ sơ.</translation>
    </message>
    <message>
        <source>No package sent for this year yet.</source>
        <translation>Chưa gửi gói hồ sơ nào cho năm này.</translation>
    </message>
    <message>
        <source>Reopen the year</source>
        <translation>Mở lại năm</translation>
    </message>
    <message>
        <source>Reopen %1 for a correction? Its records become editable again; export again afterwards so the superior committee receives the corrected package.</source>
        <translation>Mở lại năm %1 để đính chính? Hồ sơ của năm sẽ sửa được trở lại; sau khi sửa hãy gửi lại để cấp trên nhận gói đã đính chính.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>
