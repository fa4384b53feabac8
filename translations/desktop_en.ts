<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Listed apart</source>
        <translation>Listed apart</translation>
    </message>
    <message>
        <source>Present (C)</source>
        <translation>Present (C)</translation>
    </message>
    <message>
        <source>Absent with reason… (L)</source>
        <translation>Absent with reason… (L)</translation>
    </message>
    <message>
        <source>Absent without reason (K)</source>
        <translation>Absent without reason (K)</translation>
    </message>
    <message>
        <source>Tab: next field · Esc: the tabs · Ctrl+Tab: next tab</source>
        <translation>Tab: next field · Esc: the tabs · Ctrl+Tab: next tab</translation>
    </message>
    <message>
        <source>Listed apart, not counted (double-click: attended or not)</source>
        <translation>Listed apart, not counted (double-click: attended or not)</translation>
    </message>
    <message>
        <source>official</source>
        <translation>official</translation>
    </message>
    <message>
        <source>probationary</source>
        <translation>probationary</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent without reason</source>
        <translation>Absent without reason</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Attending elsewhere</source>
        <translation>Attending elsewhere</translation>
    </message>
    <message>
        <source>Attended though not expected</source>
        <translation>Attended though not expected</translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2 times)</translation>
    </message>
    <message>
        <source>Attendance checks</source>
        <translation>Attendance checks</translation>
    </message>
    <message>
        <source>More than 85% present</source>
        <translation>More than 85% present</translation>
    </message>
    <message>
        <source>No absence without reason</source>
        <translation>No absence without reason</translation>
    </message>
    <message>
        <source>Nobody absent more than 3 times in a row this year</source>
        <translation>Nobody absent more than 3 times in a row this year</translation>
    </message>
    <message>
        <source>Absent with reason</source>
        <translation>Absent with reason</translation>
    </message>
</context>
<context>
    <name>BranchFormDialog</name>
    <message>
        <source>Register a branch</source>
        <translation>Register a branch</translation>
    </message>
    <message>
        <source>Branch code:</source>
        <translation>Branch code:</translation>
    </message>
    <message>
        <source>Branch name:</source>
        <translation>Branch name:</translation>
    </message>
</context>
<context>
    <name>BranchProfileForm</name>
    <message>
        <source>e.g. Residential group no. 5 party branch</source>
        <translation>e.g. Residential group no. 5 party branch</translation>
    </message>
    <message>
        <source>e.g. Party committee of Ba Đình ward</source>
        <translation>e.g. Party committee of Ba Đình ward</translation>
    </message>
    <message>
        <source>e.g. Ba Đình (written before document dates)</source>
        <translation>e.g. Ba Đình (written before document dates)</translation>
    </message>
    <message>
        <source>Branch name:</source>
        <translation>Branch name:</translation>
    </message>
    <message>
        <source>Branch code:</source>
        <translation>Branch code:</translation>
    </message>
    <message>
        <source>Superior party committee:</source>
        <translation>Superior party committee:</translation>
    </message>
    <message>
        <source>Place name on documents:</source>
        <translation>Place name on documents:</translation>
    </message>
    <message>
        <source>Term starts:</source>
        <translation>Term starts:</translation>
    </message>
    <message>
        <source>Term ends:</source>
        <translation>Term ends:</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Candidate for admission</source>
        <translation>Candidate for admission</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <source>e.g. the youth union branch of the residential group</source>
        <translation>e.g. the youth union branch of the residential group</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Date proposed</source>
        <translation>Date proposed</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Steps to admission</source>
        <translation>Steps to admission</translation>
    </message>
    <message>
        <source>Party class certificate</source>
        <translation>Party class certificate</translation>
    </message>
    <message>
        <source>First introducer</source>
        <translation>First introducer</translation>
    </message>
    <message>
        <source>Second introducer</source>
        <translation>Second introducer</translation>
    </message>
    <message>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <source>against</source>
        <translation>against</translation>
    </message>
    <message>
        <source>Branch vote</source>
        <translation>Branch vote</translation>
    </message>
    <message>
        <source>Superior&apos;s decision</source>
        <translation>Superior&apos;s decision</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Admission ceremony</source>
        <translation>Admission ceremony</translation>
    </message>
    <message>
        <source>On the ceremony date the candidate becomes a probationary member of the branch.</source>
        <translation>On the ceremony date the candidate becomes a probationary member of the branch.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>Recorded vote: %1 for out of %2 official members entitled to vote — %3.</source>
        <translation>Recorded vote: %1 for out of %2 official members entitled to vote — %3.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (dd/mm/yyyy).</source>
        <translation>%1: “%2” is not a date (dd/mm/yyyy).</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Party class done</source>
        <translation>Party class done</translation>
    </message>
    <message>
        <source>Introduced, waiting for the vote</source>
        <translation>Introduced, waiting for the vote</translation>
    </message>
    <message>
        <source>Voted, waiting for the decision</source>
        <translation>Voted, waiting for the decision</translation>
    </message>
    <message>
        <source>Decided, ceremony to hold</source>
        <translation>Decided, ceremony to hold</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>Vote did not pass</source>
        <translation>Vote did not pass</translation>
    </message>
    <message>
        <source>Admissions and party badges</source>
        <translation>Admissions and party badges</translation>
    </message>
    <message>
        <source>Candidates for admission</source>
        <translation>Candidates for admission</translation>
    </message>
    <message>
        <source>Party badges</source>
        <translation>Party badges</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Remove a candidate who will not be admitted (an admitted one is kept: the record is the member&apos;s)</source>
        <translation>Remove a candidate who will not be admitted (an admitted one is kept: the record is the member&apos;s)</translation>
    </message>
    <message>
        <source>Candidates (quần chúng ưu tú) from proposal to the admission ceremony; double-click a line to open it.</source>
        <translation>Candidates (quần chúng ưu tú) from proposal to the admission ceremony; double-click a line to open it.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Introducers</source>
        <translation>Introducers</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Select the candidate to remove.</source>
        <translation>Select the candidate to remove.</translation>
    </message>
    <message>
        <source>Remove candidate</source>
        <translation>Remove candidate</translation>
    </message>
    <message>
        <source>Remove %1 from the list of candidates?</source>
        <translation>Remove %1 from the list of candidates?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>%1 was removed from the list.</source>
        <translation>%1 was removed from the list.</translation>
    </message>
    <message>
        <source>Saved: %1 is now a probationary member.</source>
        <translation>Saved: %1 is now a probationary member.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>Print the list…</translation>
    </message>
    <message>
        <source>Ceremony dates of the year:</source>
        <translation>Ceremony dates of the year:</translation>
    </message>
    <message>
        <source>Date of admission</source>
        <translation>Date of admission</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Reached on</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Ceremony</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>%1 members reach a milestone at a ceremony of %2. Party age counts from admission, less the periods out of the party.</source>
        <translation>%1 members reach a milestone at a ceremony of %2. Party age counts from admission, less the periods out of the party.</translation>
    </message>
    <message>
        <source>Party badge proposals %1</source>
        <translation>Party badge proposals %1</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Commitment %1 — %2</source>
        <translation>Commitment %1 — %2</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
</context>
<context>
    <name>CriterionCard</name>
    <message>
        <source>Criterion %1. %2</source>
        <translation>Criterion %1. %2</translation>
    </message>
    <message>
        <source>%1 / %2 points (%3%)</source>
        <translation>%1 / %2 points (%3%)</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Not good: a veto applies (%1)</source>
        <translation>Not good: a veto applies (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Not yet good: %n component(s) below the line</source>
        <translation>
            <numerusform>Not yet good: %n component(s) below the line</numerusform>
            <numerusform>Not yet good: %n component(s) below the line</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet good: total below the line</source>
        <translation>Not yet good: total below the line</translation>
    </message>
</context>
<context>
    <name>CriterionDetail</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>How scored</source>
        <translation>How scored</translation>
    </message>
    <message>
        <source>Enter score…</source>
        <translation>Enter score…</translation>
    </message>
    <message>
        <source>Evidence (double-click a meeting to open it)</source>
        <translation>Evidence (double-click a meeting to open it)</translation>
    </message>
    <message>
        <source>from the records</source>
        <translation>from the records</translation>
    </message>
    <message>
        <source>scored by the committee</source>
        <translation>scored by the committee</translation>
    </message>
    <message>
        <source>%1: full points.</source>
        <translation>%1: full points.</translation>
    </message>
    <message>
        <source>Scored %1 by %2 on %3.</source>
        <translation>Scored %1 by %2 on %3.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Not scored yet.</translation>
    </message>
    <message>
        <source>Double-click to open this meeting</source>
        <translation>Double-click to open this meeting</translation>
    </message>
</context>
<context>
    <name>DataCheckDialog</name>
    <message>
        <source>Check data</source>
        <translation>Check data</translation>
    </message>
    <message>
        <source>Checking the data file…</source>
        <translation>Checking the data file…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Safe repair</source>
        <translation>Safe repair</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>&amp;Repair what is safe</source>
        <translation>&amp;Repair what is safe</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restore from a &amp;backup…</translation>
    </message>
    <message>
        <source>The file itself</source>
        <translation>The file itself</translation>
    </message>
    <message>
        <source>The records</source>
        <translation>The records</translation>
    </message>
    <message>
        <source>Repair the data</source>
        <translation>Repair the data</translation>
    </message>
    <message>
        <source>Problems repaired: %1. The file as it was before is kept as “%2”.</source>
        <translation>Problems repaired: %1. The file as it was before is kept as “%2”.</translation>
    </message>
    <message>
        <source>None: restore the latest backup</source>
        <translation>None: restore the latest backup</translation>
    </message>
    <message>
        <source>None: check and correct it by hand</source>
        <translation>None: check and correct it by hand</translation>
    </message>
    <message>
        <source>No problem found: the file is sound and the records are consistent.</source>
        <translation>No problem found: the file is sound and the records are consistent.</translation>
    </message>
    <message>
        <source>Problems found: %1. Can be repaired safely: %2.</source>
        <translation>Problems found: %1. Can be repaired safely: %2.</translation>
    </message>
    <message>
        <source>The file is damaged. An exact copy of it was kept as “%1”; it is never overwritten. Restore the latest backup.</source>
        <translation>The file is damaged. An exact copy of it was kept as “%1”; it is never overwritten. Restore the latest backup.</translation>
    </message>
    <message>
        <source>The file will first be copied aside, then the safe repairs are made in one step. Go on?</source>
        <translation>The file will first be copied aside, then the safe repairs are made in one step. Go on?</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Repairing…</translation>
    </message>
</context>
<context>
    <name>DisciplineDialog</name>
    <message>
        <source>Discipline decision</source>
        <translation>Discipline decision</translation>
    </message>
    <message>
        <source>Broke the rules on what members must not do (vetoes criterion 3)</source>
        <translation>Broke the rules on what members must not do (vetoes criterion 3)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Meetings of the year</source>
        <translation>Meetings of the year</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Minutes no.</source>
        <translation>Minutes no.</translation>
    </message>
    <message>
        <source>Resolution no.</source>
        <translation>Resolution no.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Minutes…</source>
        <translation>Minutes…</translation>
    </message>
    <message>
        <source>Resolution…</source>
        <translation>Resolution…</translation>
    </message>
    <message>
        <source>Attendance sheet…</source>
        <translation>Attendance sheet…</translation>
    </message>
    <message>
        <source>Year documents and forms</source>
        <translation>Year documents and forms</translation>
    </message>
    <message>
        <source>Meeting register of the year…</source>
        <translation>Meeting register of the year…</translation>
    </message>
    <message>
        <source>Blank commitment form…</source>
        <translation>Blank commitment form…</translation>
    </message>
    <message>
        <source>Blank self-review form…</source>
        <translation>Blank self-review form…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>No meeting recorded in %1.</source>
        <translation>No meeting recorded in %1.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Meeting register %1</source>
        <translation>Meeting register %1</translation>
    </message>
    <message>
        <source>Commitment form %1</source>
        <translation>Commitment form %1</translation>
    </message>
    <message>
        <source>Self-review form %1</source>
        <translation>Self-review form %1</translation>
    </message>
    <message>
        <source>Member forms pre-filled with a member&apos;s details are printed from the page “%1”.</source>
        <translation>Member forms pre-filled with a member&apos;s details are printed from the page “%1”.</translation>
    </message>
</context>
<context>
    <name>DraftSaver</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Changes are saved automatically</source>
        <translation>Changes are saved automatically</translation>
    </message>
</context>
<context>
    <name>DueCard</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <source>Due soon (until %1)</source>
        <translation>Due soon (until %1)</translation>
    </message>
    <message>
        <source>Nothing is due in this period.</source>
        <translation>Nothing is due in this period.</translation>
    </message>
    <message>
        <source>And %1 more: &lt;a href=&quot;all&quot;&gt;show them all&lt;/a&gt;.</source>
        <translation>And %1 more: &lt;a href=&quot;all&quot;&gt;show them all&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Click a line to open its record.</source>
        <translation>Click a line to open its record.</translation>
    </message>
</context>
<context>
    <name>DuesArrearsTab</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Unpaid months</source>
        <translation>Unpaid months</translation>
    </message>
    <message>
        <source>Amount unpaid</source>
        <translation>Amount unpaid</translation>
    </message>
    <message>
        <source>Accepted reasons</source>
        <translation>Accepted reasons</translation>
    </message>
    <message>
        <source>Paid short</source>
        <translation>Paid short</translation>
    </message>
    <message>
        <source>Double-click a member to open the month in the grid.</source>
        <translation>Double-click a member to open the month in the grid.</translation>
    </message>
    <message>
        <source>%1 unpaid months in %2 without an accepted reason: the branch considers proposing removal from the party list — %3</source>
        <translation>%1 unpaid months in %2 without an accepted reason: the branch considers proposing removal from the party list — %3</translation>
    </message>
    <message>
        <source>Nobody has reached %1 unpaid months in %2.</source>
        <translation>Nobody has reached %1 unpaid months in %2.</translation>
    </message>
    <message>
        <source>No unpaid month in %1 so far.</source>
        <translation>No unpaid month in %1 so far.</translation>
    </message>
</context>
<context>
    <name>DuesBasisTab</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Remove the selected line</translation>
    </message>
    <message>
        <source>New basis or correction</source>
        <translation>New basis or correction</translation>
    </message>
    <message>
        <source>đồng, e.g. 6.234.567</source>
        <translation>đồng, e.g. 6.234.567</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>Show the months it changes</source>
        <translation>Show the months it changes</translation>
    </message>
    <message>
        <source>Save the basis</source>
        <translation>Save the basis</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>This category pays no percentage of a base.</source>
        <translation>This category pays no percentage of a base.</translation>
    </message>
    <message>
        <source>Show the months it changes before saving.</source>
        <translation>Show the months it changes before saving.</translation>
    </message>
    <message>
        <source>Comrade %1 from %2</source>
        <translation>Comrade %1 from %2</translation>
    </message>
    <message>
        <source>Corrects the basis recorded from %1.</source>
        <translation>Corrects the basis recorded from %1.</translation>
    </message>
    <message>
        <source>No month&apos;s amount due changes.</source>
        <translation>No month&apos;s amount due changes.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>paid %1: %2</source>
        <translation>paid %1: %2</translation>
    </message>
</context>
<context>
    <name>DuesCard</name>
    <message>
        <source>Party dues %1</source>
        <translation>Party dues %1</translation>
    </message>
    <message>
        <source>No dues recorded yet: open the Party dues page to enter each member&apos;s basis and collect a month.</source>
        <translation>No dues recorded yet: open the Party dues page to enter each member&apos;s basis and collect a month.</translation>
    </message>
    <message>
        <source>Members who paid</source>
        <translation>Members who paid</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Paid short</source>
        <translation>Paid short</translation>
    </message>
    <message>
        <source>%1 unpaid months this year</source>
        <translation>%1 unpaid months this year</translation>
    </message>
    <message>
        <source>months %1</source>
        <translation>months %1</translation>
    </message>
    <message>
        <source>without an accepted reason: the branch considers proposing removal.</source>
        <translation>without an accepted reason: the branch considers proposing removal.</translation>
    </message>
    <message>
        <source>Nobody has %1 unpaid months this year.</source>
        <translation>Nobody has %1 unpaid months this year.</translation>
    </message>
    <message>
        <source>Figures set by the superior committee are still to be entered (Party dues → Rates).</source>
        <translation>Figures set by the superior committee are still to be entered (Party dues → Rates).</translation>
    </message>
</context>
<context>
    <name>DuesMonthModel</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>Date paid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Type the amount and press Enter; Space: paid in full; Delete: remove.</source>
        <translation>Type the amount and press Enter; Space: paid in full; Delete: remove.</translation>
    </message>
    <message>
        <source>Months of the year so far left unpaid without an accepted reason</source>
        <translation>Months of the year so far left unpaid without an accepted reason</translation>
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
        <translation>Date recorded with the amounts typed in the grid</translation>
    </message>
    <message>
        <source>Type the amount and press Enter · Space or Đ: paid in full · Delete: remove · Tab: leave the grid</source>
        <translation>Type the amount and press Enter · Space or Đ: paid in full · Delete: remove · Tab: leave the grid</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Collected on</translation>
    </message>
    <message>
        <source>Portal payment…</source>
        <translation>Portal payment…</translation>
    </message>
    <message>
        <source>Reason…</source>
        <translation>Reason…</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Remove payment</translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <source>Party dues</source>
        <translation>Party dues</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Print the month&apos;s book…</source>
        <translation>Print the month&apos;s book…</translation>
    </message>
    <message>
        <source>Print the year&apos;s book…</source>
        <translation>Print the year&apos;s book…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Collect a month</source>
        <translation>&amp;Collect a month</translation>
    </message>
    <message>
        <source>&amp;Bases</source>
        <translation>&amp;Bases</translation>
    </message>
    <message>
        <source>&amp;Remittances</source>
        <translation>&amp;Remittances</translation>
    </message>
    <message>
        <source>&amp;Arrears</source>
        <translation>&amp;Arrears</translation>
    </message>
    <message>
        <source>Ra&amp;tes</source>
        <translation>Ra&amp;tes</translation>
    </message>
    <message>
        <source>Some figures of the dues schedule are set by the superior committee and not entered yet (%1): &lt;a href=&apos;rates&apos;&gt;enter them&lt;/a&gt;.</source>
        <translation>Some figures of the dues schedule are set by the superior committee and not entered yet (%1): &lt;a href=&apos;rates&apos;&gt;enter them&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Dues book %1</source>
        <translation>Dues book %1</translation>
    </message>
</context>
<context>
    <name>DuesRatesTab</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Figures set by the superior committee</source>
        <translation>Figures set by the superior committee</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Needed by</translation>
    </message>
    <message>
        <source>đồng, or a percentage for the share</source>
        <translation>đồng, or a percentage for the share</translation>
    </message>
    <message>
        <source>Save the figure</source>
        <translation>Save the figure</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>Schedule files in this data file</source>
        <translation>Schedule files in this data file</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Import a schedule file…</source>
        <translation>Import a schedule file…</translation>
    </message>
    <message>
        <source> (sample)</source>
        <translation> (sample)</translation>
    </message>
    <message>
        <source>No schedule applies to %1.</source>
        <translation>No schedule applies to %1.</translation>
    </message>
    <message>
        <source>In force for %1: %2</source>
        <translation>In force for %1: %2</translation>
    </message>
    <message>
        <source>Version %1, from %2.</source>
        <translation>Version %1, from %2.</translation>
    </message>
    <message>
        <source>Unpaid months leading to a removal proposal: %1.</source>
        <translation>Unpaid months leading to a removal proposal: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member(s)</numerusform>
            <numerusform>%n member(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>set by the superior</source>
        <translation>set by the superior</translation>
    </message>
    <message>
        <source>(previous month)</source>
        <translation>(previous month)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Import a dues schedule</source>
        <translation>Import a dues schedule</translation>
    </message>
    <message>
        <source>Dues schedule (*.toml)</source>
        <translation>Dues schedule (*.toml)</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Imported: %1</translation>
    </message>
</context>
<context>
    <name>DuesRemitTab</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>To remit</source>
        <translation>To remit</translation>
    </message>
    <message>
        <source>Remitted</source>
        <translation>Remitted</translation>
    </message>
    <message>
        <source>Balance held</source>
        <translation>Balance held</translation>
    </message>
    <message>
        <source>Record a remittance</source>
        <translation>Record a remittance</translation>
    </message>
    <message>
        <source>đồng</source>
        <translation>đồng</translation>
    </message>
    <message>
        <source>Voucher or transfer number</source>
        <translation>Voucher or transfer number</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Remitted on</source>
        <translation>Remitted on</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Record the remittance</source>
        <translation>Record the remittance</translation>
    </message>
    <message>
        <source>Remittances of the year</source>
        <translation>Remittances of the year</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Remove the selected remittance</source>
        <translation>Remove the selected remittance</translation>
    </message>
    <message>
        <source>share not set</source>
        <translation>share not set</translation>
    </message>
    <message>
        <source>Held at the start of %1: %2</source>
        <translation>Held at the start of %1: %2</translation>
    </message>
    <message>
        <source>Recorded: %1 for %2.</source>
        <translation>Recorded: %1 for %2.</translation>
    </message>
</context>
<context>
    <name>DuesTexts</name>
    <message>
        <source>Paid in full</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <source>Paid more</source>
        <translation>Paid more</translation>
    </message>
    <message>
        <source>Paid short</source>
        <translation>Paid short</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Not yet paid</source>
        <translation>Not yet paid</translation>
    </message>
    <message>
        <source>Unpaid, reason accepted</source>
        <translation>Unpaid, reason accepted</translation>
    </message>
    <message>
        <source>Not owed</source>
        <translation>Not owed</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <source>Amount unknown</source>
        <translation>Amount unknown</translation>
    </message>
    <message>
        <source>No basis yet</source>
        <translation>No basis yet</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>exempt from activities</source>
        <translation>exempt from activities</translation>
    </message>
    <message>
        <source>attending elsewhere</source>
        <translation>attending elsewhere</translation>
    </message>
    <message>
        <source>deceased this month</source>
        <translation>deceased this month</translation>
    </message>
    <message>
        <source>no schedule for this month</source>
        <translation>no schedule for this month</translation>
    </message>
    <message>
        <source>superior&apos;s figure “%1” not entered</source>
        <translation>superior&apos;s figure “%1” not entered</translation>
    </message>
    <message>
        <source>paid late</source>
        <translation>paid late</translation>
    </message>
    <message>
        <source>paid in advance</source>
        <translation>paid in advance</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>receipt %1</translation>
    </message>
</context>
<context>
    <name>DuesTotals</name>
    <message>
        <source>No dues schedule applies to %1.</source>
        <translation>No dues schedule applies to %1.</translation>
    </message>
    <message>
        <source>Import the superior committee&apos;s schedule on the Rates tab.</source>
        <translation>Import the superior committee&apos;s schedule on the Rates tab.</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Paid: %1 of %2 members</source>
        <translation>Paid: %1 of %2 members</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Collected: %1</source>
        <translation>Collected: %1</translation>
    </message>
    <message>
        <source>cash %1 · portal %2</source>
        <translation>cash %1 · portal %2</translation>
    </message>
    <message>
        <source>%1 members without a computable amount</source>
        <translation>%1 members without a computable amount</translation>
    </message>
    <message>
        <source>Paid short: %1 (%2 missing)</source>
        <translation>Paid short: %1 (%2 missing)</translation>
    </message>
    <message>
        <source>Paid more than due: %1 (%2 more, reported)</source>
        <translation>Paid more than due: %1 (%2 more, reported)</translation>
    </message>
    <message>
        <source>The superior committee&apos;s share</source>
        <translation>The superior committee&apos;s share</translation>
    </message>
    <message>
        <source>The share the branch keeps is not entered (Rates tab).</source>
        <translation>The share the branch keeps is not entered (Rates tab).</translation>
    </message>
    <message>
        <source>Kept by the branch: %1</source>
        <translation>Kept by the branch: %1</translation>
    </message>
    <message>
        <source>To remit: %1</source>
        <translation>To remit: %1</translation>
    </message>
    <message>
        <source>Remitted for this month: %1</source>
        <translation>Remitted for this month: %1</translation>
    </message>
    <message>
        <source>Not paid yet (%1)</source>
        <translation>Not paid yet (%1)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Unpaid months this year</source>
        <translation>Unpaid months this year</translation>
    </message>
    <message>
        <source>%1: %2 months</source>
        <translation>%1: %2 months</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encrypt the data file</source>
        <translation>Encrypt the data file</translation>
    </message>
    <message>
        <source>The file is not encrypted</source>
        <translation>The file is not encrypted</translation>
    </message>
    <message>
        <source>Anyone who copies “%1” or one of its backups can read every record with any SQLite tool. Encrypted, the file and every backup open only with the passphrase or the recovery code.</source>
        <translation>Anyone who copies “%1” or one of its backups can read every record with any SQLite tool. Encrypted, the file and every backup open only with the passphrase or the recovery code.</translation>
    </message>
    <message>
        <source>The file is converted and checked; the unencrypted original is kept aside only until the encrypted file passes its integrity check, then deleted. Old backups of the file are encrypted with the same passphrase.</source>
        <translation>The file is converted and checked; the unencrypted original is kept aside only until the encrypted file passes its integrity check, then deleted. Old backups of the file are encrypted with the same passphrase.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without the passphrase or the recovery sheet, nobody can recover the data.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Without the passphrase or the recovery sheet, nobody can recover the data.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New passphrase (at least 12 characters, or 4 words):</source>
        <translation>New passphrase (at least 12 characters, or 4 words):</translation>
    </message>
    <message>
        <source>New passphrase again:</source>
        <translation>New passphrase again:</translation>
    </message>
    <message>
        <source>Encrypt the file</source>
        <translation>Encrypt the file</translation>
    </message>
    <message>
        <source>Encrypting the file… the window will reopen it.</source>
        <translation>Encrypting the file… the window will reopen it.</translation>
    </message>
    <message>
        <source>The file is encrypted</source>
        <translation>The file is encrypted</translation>
    </message>
    <message>
        <source>“%1” and its backups are encrypted (SQLCipher, AES-256): they open only with the passphrase or the recovery code.</source>
        <translation>“%1” and its backups are encrypted (SQLCipher, AES-256): they open only with the passphrase or the recovery code.</translation>
    </message>
    <message>
        <source>This is the recovery code</source>
        <translation>This is the recovery code</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <source>The file is backed up first. Then the old passphrase and the old recovery code stop opening the file: they still open the backups made before the change, so keep the old sheet with those backups or destroy both. A new recovery sheet is shown to print.</source>
        <translation>The file is backed up first. Then the old passphrase and the old recovery code stop opening the file: they still open the backups made before the change, so keep the old sheet with those backups or destroy both. A new recovery sheet is shown to print.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>Print the recovery sheet again…</source>
        <translation>Print the recovery sheet again…</translation>
    </message>
    <message>
        <source>Needs the current passphrase</source>
        <translation>Needs the current passphrase</translation>
    </message>
    <message>
        <source>Type the current passphrase (or the recovery code) first.</source>
        <translation>Type the current passphrase (or the recovery code) first.</translation>
    </message>
    <message>
        <source>Backing up, then changing the passphrase…</source>
        <translation>Backing up, then changing the passphrase…</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
</context>
<context>
    <name>EvaluationCard</name>
    <message>
        <source>Self-evaluation %1</source>
        <translation>Self-evaluation %1</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Still reachable this year.</source>
        <translation>Still reachable this year.</translation>
    </message>
    <message>
        <source>See the Self-evaluation page for what is missing.</source>
        <translation>See the Self-evaluation page for what is missing.</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Change rulebook…</source>
        <translation>Change rulebook…</translation>
    </message>
    <message>
        <source>Import a superior committee&apos;s rulebook…</source>
        <translation>Import a superior committee&apos;s rulebook…</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>Save report as PDF…</translation>
    </message>
    <message>
        <source>Targets of the year&apos;s resolution…</source>
        <translation>Targets of the year&apos;s resolution…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>sample, not an official document</source>
        <translation>sample, not an official document</translation>
    </message>
    <message>
        <source>Rulebook: %1, version %2%3&lt;br&gt;&lt;small&gt;SHA-256 %4&lt;/small&gt;</source>
        <translation>Rulebook: %1, version %2%3&lt;br&gt;&lt;small&gt;SHA-256 %4&lt;/small&gt;</translation>
    </message>
    <message>
        <source>each component must reach %1% of its points</source>
        <translation>each component must reach %1% of its points</translation>
    </message>
    <message>
        <source>each criterion&apos;s total must reach %1% of its points</source>
        <translation>each criterion&apos;s total must reach %1% of its points</translation>
    </message>
    <message>
        <source>Year in progress, as of %1.</source>
        <translation>Year in progress, as of %1.</translation>
    </message>
    <message>
        <source>Whole year.</source>
        <translation>Whole year.</translation>
    </message>
    <message>
        <source>Counted though not adopted yet: %1.</source>
        <translation>Counted though not adopted yet: %1.</translation>
    </message>
    <message>
        <source>Pass rule:</source>
        <translation>Pass rule:</translation>
    </message>
    <message>
        <source>Import a rulebook</source>
        <translation>Import a rulebook</translation>
    </message>
    <message>
        <source>Rulebooks (*.toml)</source>
        <translation>Rulebooks (*.toml)</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <source>Rulebook imported</source>
        <translation>Rulebook imported</translation>
    </message>
    <message>
        <source>%1, version %2
SHA-256 %3

Use “Change rulebook…” to evaluate a year under it.</source>
        <translation>%1, version %2
SHA-256 %3

Use “Change rulebook…” to evaluate a year under it.</translation>
    </message>
    <message>
        <source>Rulebook not imported</source>
        <translation>Rulebook not imported</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Self-evaluation</source>
        <translation>Self-evaluation</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Report not saved</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Send the year&apos;s package</source>
        <translation>Send the year&apos;s package</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation>Sign and save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Sổ Chi bộ</source>
        <translation>Welcome to Sổ Chi bộ</translation>
    </message>
    <message>
        <source>The electronic record book of a party branch: members, meetings, reviews and reports, kept in one file on this computer. Create your branch&apos;s file, open one you already have, or look around in a demo branch first.</source>
        <translation>The electronic record book of a party branch: members, meetings, reviews and reports, kept in one file on this computer. Create your branch&apos;s file, open one you already have, or look around in a demo branch first.</translation>
    </message>
    <message>
        <source>Open an existing file…</source>
        <translation>Open an existing file…</translation>
    </message>
    <message>
        <source>Open the demo branch</source>
        <translation>Open the demo branch</translation>
    </message>
    <message>
        <source>Back to the open file</source>
        <translation>Back to the open file</translation>
    </message>
    <message>
        <source>Who will use this file?</source>
        <translation>Who will use this file?</translation>
    </message>
    <message>
        <source>Branch secretary: keep the branch&apos;s record and send reports up</source>
        <translation>Branch secretary: keep the branch&apos;s record and send reports up</translation>
    </message>
    <message>
        <source>Superior party committee: receive and check the branches&apos; reports</source>
        <translation>Superior party committee: receive and check the branches&apos; reports</translation>
    </message>
    <message>
        <source>Create a new file</source>
        <translation>Create a new file</translation>
    </message>
    <message>
        <source>Sổ Chi bộ data (%1)</source>
        <translation>Sổ Chi bộ data (%1)</translation>
    </message>
    <message>
        <source>Save the file as:</source>
        <translation>Save the file as:</translation>
    </message>
    <message>
        <source>Create the file and start</source>
        <translation>Create the file and start</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>Getting started: %1 of 4 steps done</source>
        <translation>Getting started: %1 of 4 steps done</translation>
    </message>
    <message>
        <source>1. The branch&apos;s profile: name, code, superior committee, place name on documents</source>
        <translation>1. The branch&apos;s profile: name, code, superior committee, place name on documents</translation>
    </message>
    <message>
        <source>Branch profile…</source>
        <translation>Branch profile…</translation>
    </message>
    <message>
        <source>2. The members: one by one, or the whole list from an Excel file</source>
        <translation>2. The members: one by one, or the whole list from an Excel file</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>Add a member…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>3. The signing key, which signs the year&apos;s package for the superior committee</source>
        <translation>3. The signing key, which signs the year&apos;s package for the superior committee</translation>
    </message>
    <message>
        <source>Make the signing key…</source>
        <translation>Make the signing key…</translation>
    </message>
    <message>
        <source>4. The first meeting: a regular meeting of the branch or a committee meeting</source>
        <translation>4. The first meeting: a regular meeting of the branch or a committee meeting</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Each step ticks itself once it is done. The guide (Help → Guide) explains every page.</source>
        <translation>Each step ticks itself once it is done. The guide (Help → Guide) explains every page.</translation>
    </message>
</context>
<context>
    <name>GapList</name>
    <message>
        <source>Not met — keeps the verdict from being reached (%1)</source>
        <translation>Not met — keeps the verdict from being reached (%1)</translation>
    </message>
    <message>
        <source>Short of full marks — still good, points missing (%1)</source>
        <translation>Short of full marks — still good, points missing (%1)</translation>
    </message>
    <message>
        <source>Still reachable this year (%1)</source>
        <translation>Still reachable this year (%1)</translation>
    </message>
    <message>
        <source>Nothing is missing: every component has its full points.</source>
        <translation>Nothing is missing: every component has its full points.</translation>
    </message>
    <message>
        <source>Click to show this component</source>
        <translation>Click to show this component</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide — Sổ Chi bộ</source>
        <translation>Guide — Sổ Chi bộ</translation>
    </message>
    <message>
        <source>The guide was not found: %1</source>
        <translation>The guide was not found: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import packages</source>
        <translation>Import packages</translation>
    </message>
    <message>
        <source>Accepted: %1, refused: %2, already received: %3.</source>
        <translation>Accepted: %1, refused: %2, already received: %3.</translation>
    </message>
    <message>
        <source>Import was cancelled; the packages checked so far were kept.</source>
        <translation>Import was cancelled; the packages checked so far were kept.</translation>
    </message>
    <message>
        <source>The data file was backed up first: %1</source>
        <translation>The data file was backed up first: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Why it was refused</translation>
    </message>
    <message>
        <source>Refused files and why:</source>
        <translation>Refused files and why:</translation>
    </message>
</context>
<context>
    <name>InboxImport</name>
    <message>
        <source>Checking and importing the packages (%1)…</source>
        <translation>Checking and importing the packages (%1)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Import packages</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>Four good</source>
        <translation>Four good</translation>
    </message>
    <message>
        <source>Not four good</source>
        <translation>Not four good</translation>
    </message>
    <message>
        <source>Find a branch…</source>
        <translation>Find a branch…</translation>
    </message>
    <message>
        <source>Branches and keys…</source>
        <translation>Branches and keys…</translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation>Import package…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <source>Open a report…</source>
        <translation>Open a report…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Rejected packages and reasons:</source>
        <translation>Rejected packages and reasons:</translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation>Packages to import</translation>
    </message>
    <message>
        <source>Packages (*.zip);;All files (*)</source>
        <translation>Packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Folder of packages</source>
        <translation>Folder of packages</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Import folder</translation>
    </message>
    <message>
        <source>The folder has no package (.zip).</source>
        <translation>The folder has no package (.zip).</translation>
    </message>
    <message>
        <source>Open a report</source>
        <translation>Open a report</translation>
    </message>
    <message>
        <source>Select a branch first.</source>
        <translation>Select a branch first.</translation>
    </message>
    <message>
        <source>This package holds no report.</source>
        <translation>This package holds no report.</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Received packages</source>
        <translation>Received packages</translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>Package no.</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Criterion %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Not good</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Not achieved</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Fingerprint (read it over the phone group by group)</source>
        <translation>Fingerprint (read it over the phone group by group)</translation>
    </message>
    <message>
        <source>Create a new key…</source>
        <translation>Create a new key…</translation>
    </message>
    <message>
        <source>Print registration form…</source>
        <translation>Print registration form…</translation>
    </message>
    <message>
        <source>Save public key…</source>
        <translation>Save public key…</translation>
    </message>
    <message>
        <source>Back up key…</source>
        <translation>Back up key…</translation>
    </message>
    <message>
        <source>The branch has no signing key yet. Create one to export the year&apos;s package.</source>
        <translation>The branch has no signing key yet. Create one to export the year&apos;s package.</translation>
    </message>
    <message>
        <source>Holder: %1 · created %2</source>
        <translation>Holder: %1 · created %2</translation>
    </message>
    <message>
        <source>Key registration form</source>
        <translation>Key registration form</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>Save public key</translation>
    </message>
    <message>
        <source>Public keys (*.pem)</source>
        <translation>Public keys (*.pem)</translation>
    </message>
    <message>
        <source>Back up key</source>
        <translation>Back up key</translation>
    </message>
    <message>
        <source>Encrypted keys (*.pem)</source>
        <translation>Encrypted keys (*.pem)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a data file</source>
        <translation>Open a data file</translation>
    </message>
    <message>
        <source>Sổ Chi bộ data (%1)</source>
        <translation>Sổ Chi bộ data (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>&amp;Send the year&apos;s package…</source>
        <translation>&amp;Send the year&apos;s package…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Check data…</source>
        <translation>&amp;Check data…</translation>
    </message>
    <message>
        <source>Signing &amp;key…</source>
        <translation>Signing &amp;key…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Sổ Chi bộ</source>
        <translation>&amp;About Sổ Chi bộ</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(no recent files)</translation>
    </message>
    <message>
        <source>Open a data file first.</source>
        <translation>Open a data file first.</translation>
    </message>
    <message>
        <source>The backup was written to:
%1</source>
        <translation>The backup was written to:
%1</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>Backed up: %1</translation>
    </message>
    <message>
        <source>About Sổ Chi bộ</source>
        <translation>About Sổ Chi bộ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sổ Chi bộ&lt;/b&gt; %1&lt;br&gt;The electronic record book of a party branch: members, meetings, reviews and reports, kept offline in one file.</source>
        <translation>&lt;b&gt;Sổ Chi bộ&lt;/b&gt; %1&lt;br&gt;The electronic record book of a party branch: members, meetings, reviews and reports, kept offline in one file.</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>No file open</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Some typed text is not saved, or not added yet, and will be lost if the window closes now:</source>
        <translation>Some typed text is not saved, or not added yet, and will be lost if the window closes now:</translation>
    </message>
    <message>
        <source>Stay and correct it</source>
        <translation>Stay and correct it</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Close and lose it</translation>
    </message>
    <message>
        <source>View only: the file cannot be written</source>
        <translation>View only: the file cannot be written</translation>
    </message>
    <message>
        <source>(view only)</source>
        <translation>(view only)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>E&amp;xport the records (JSON)…</source>
        <translation>E&amp;xport the records (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Encrypt the data file…</source>
        <translation>&amp;Encrypt the data file…</translation>
    </message>
</context>
<context>
    <name>ManualScoreDialog</name>
    <message>
        <source>Score component %1</source>
        <translation>Score component %1</translation>
    </message>
    <message>
        <source>Required when the score is below the maximum</source>
        <translation>Required when the score is below the maximum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MeetingAdoption</name>
    <message>
        <source>The minutes of %1 cannot be adopted yet:</source>
        <translation>The minutes of %1 cannot be adopted yet:</translation>
    </message>
    <message>
        <source>Also check:</source>
        <translation>Also check:</translation>
    </message>
    <message>
        <source>Adopted minutes are locked and printed as they are, so these must be completed first.</source>
        <translation>Adopted minutes are locked and printed as they are, so these must be completed first.</translation>
    </message>
    <message>
        <source>Adopt minutes</source>
        <translation>Adopt minutes</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Adopt the minutes of %1? After adoption they can no longer be edited; a correction makes a new revision.</source>
        <translation>Adopt the minutes of %1? After adoption they can no longer be edited; a correction makes a new revision.</translation>
    </message>
    <message>
        <source>Before adopting, note:</source>
        <translation>Before adopting, note:</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MeetingAgenda</name>
    <message>
        <source>New agenda item…</source>
        <translation>New agenda item…</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Add &amp;item</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete); Ctrl+Z brings it back</source>
        <translation>Remove the selected item (Delete); Ctrl+Z brings it back</translation>
    </message>
    <message>
        <source>Title of the agenda item</source>
        <translation>Title of the agenda item</translation>
    </message>
    <message>
        <source>Content presented under this item</source>
        <translation>Content presented under this item</translation>
    </message>
    <message>
        <source>The chair&apos;s conclusion on this item</source>
        <translation>The chair&apos;s conclusion on this item</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Gist of what was said</source>
        <translation>Gist of what was said</translation>
    </message>
    <message>
        <source>Gist of the speech</source>
        <translation>Gist of the speech</translation>
    </message>
    <message>
        <source>Keep the speaker</source>
        <translation>Keep the speaker</translation>
    </message>
    <message>
        <source>Tick to record several speeches of the same person</source>
        <translation>Tick to record several speeches of the same person</translation>
    </message>
    <message>
        <source>Add speech (Ctrl+Enter)</source>
        <translation>Add speech (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove the selected speech (Delete); Ctrl+Z brings it back</source>
        <translation>Remove the selected speech (Delete); Ctrl+Z brings it back</translation>
    </message>
    <message>
        <source>Conclusion on this item</source>
        <translation>Conclusion on this item</translation>
    </message>
    <message>
        <source>Remove speech</source>
        <translation>Remove speech</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>Speeches</translation>
    </message>
    <message>
        <source>%1 speeches</source>
        <translation>%1 speeches</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <source>&amp;Minutes (PDF)</source>
        <translation>&amp;Minutes (PDF)</translation>
    </message>
    <message>
        <source>R&amp;esolution (PDF)</source>
        <translation>R&amp;esolution (PDF)</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>U&amp;ndo</translation>
    </message>
    <message>
        <source>A&amp;dopt minutes</source>
        <translation>A&amp;dopt minutes</translation>
    </message>
    <message>
        <source>Co&amp;rrect (new revision)</source>
        <translation>Co&amp;rrect (new revision)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>Agenda and s&amp;peeches</source>
        <translation>Agenda and s&amp;peeches</translation>
    </message>
    <message>
        <source>&amp;Conclusion and vote</source>
        <translation>&amp;Conclusion and vote</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Quality</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, revision %2</translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation>Replaced by a correction</translation>
    </message>
    <message>
        <source>Stay and correct it</source>
        <translation>Stay and correct it</translation>
    </message>
    <message>
        <source>Open the other and lose it</source>
        <translation>Open the other and lose it</translation>
    </message>
    <message>
        <source>%1 things to complete before adoption</source>
        <translation>%1 things to complete before adoption</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>New agenda item not added yet: «%1»</source>
        <translation>New agenda item not added yet: «%1»</translation>
    </message>
    <message>
        <source>Speech not added yet: «%1»</source>
        <translation>Speech not added yet: «%1»</translation>
    </message>
    <message>
        <source>Vote not recorded yet: «%1»</source>
        <translation>Vote not recorded yet: «%1»</translation>
    </message>
    <message>
        <source>Some text typed in this meeting is not saved, or not added yet, and will be lost if another meeting opens now:</source>
        <translation>Some text typed in this meeting is not saved, or not added yet, and will be lost if another meeting opens now:</translation>
    </message>
    <message>
        <source>attendance of %1</source>
        <translation>attendance of %1</translation>
    </message>
    <message>
        <source>the speech just added</source>
        <translation>the speech just added</translation>
    </message>
    <message>
        <source>removing the speech of %1</source>
        <translation>removing the speech of %1</translation>
    </message>
    <message>
        <source>adding the item “%1”</source>
        <translation>adding the item “%1”</translation>
    </message>
    <message>
        <source>removing the item “%1”</source>
        <translation>removing the item “%1”</translation>
    </message>
    <message>
        <source>the vote “%1”</source>
        <translation>the vote “%1”</translation>
    </message>
    <message>
        <source>removing the vote “%1”</source>
        <translation>removing the vote “%1”</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Undo %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <source>Minutes — %1</source>
        <translation>Minutes — %1</translation>
    </message>
    <message>
        <source>Resolution — %1</source>
        <translation>Resolution — %1</translation>
    </message>
</context>
<context>
    <name>MeetingInfoForm</name>
    <message>
        <source>Times recorded</source>
        <translation>Times recorded</translation>
    </message>
    <message>
        <source>Guests&apos; names and positions, separated by “;”</source>
        <translation>Guests&apos; names and positions, separated by “;”</translation>
    </message>
    <message>
        <source>Documents sent to members on</source>
        <translation>Documents sent to members on</translation>
    </message>
    <message>
        <source>Finished documents posted on</source>
        <translation>Finished documents posted on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start – end</source>
        <translation>Start – end</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Topic (thematic session)</source>
        <translation>Topic (thematic session)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Ideological situation of members</source>
        <translation>Ideological situation of members</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Prepared by the committee meeting of</source>
        <translation>Prepared by the committee meeting of</translation>
    </message>
    <message>
        <source>Thematic plan entry</source>
        <translation>Thematic plan entry</translation>
    </message>
    <message>
        <source>day not accepted</source>
        <translation>day not accepted</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>not yet, still in time</source>
        <translation>not yet, still in time</translation>
    </message>
    <message>
        <source>Quarter %1: %2</source>
        <translation>Quarter %1: %2</translation>
    </message>
</context>
<context>
    <name>MeetingQuality</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>How it was computed</translation>
    </message>
    <message>
        <source>Meeting quality sheet: grey lines are computed from the record; the committee scores the others.</source>
        <translation>Meeting quality sheet: grey lines are computed from the record; the committee scores the others.</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>not scored yet</translation>
    </message>
    <message>
        <source>%1 lines to score</source>
        <translation>%1 lines to score</translation>
    </message>
    <message>
        <source>not Good: some required items are not at full marks</source>
        <translation>not Good: some required items are not at full marks</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (revision %2)</translation>
    </message>
</context>
<context>
    <name>MeetingTasks</name>
    <message>
        <source>Review of earlier tasks</source>
        <translation>Review of earlier tasks</translation>
    </message>
    <message>
        <source>Next month&apos;s tasks</source>
        <translation>Next month&apos;s tasks</translation>
    </message>
    <message>
        <source>New tas&amp;k</source>
        <translation>New tas&amp;k</translation>
    </message>
    <message>
        <source>Done on time: %1 of %2 reviewed</source>
        <translation>Done on time: %1 of %2 reviewed</translation>
    </message>
    <message>
        <source>Mark each task decided earlier: done, done late, carried over to next month or not done, with a short note.</source>
        <translation>Mark each task decided earlier: done, done late, carried over to next month or not done, with a short note.</translation>
    </message>
    <message>
        <source>No earlier task is waiting for this meeting.</source>
        <translation>No earlier task is waiting for this meeting.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Not reviewed yet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>In progress, carried over</source>
        <translation>In progress, carried over</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation>%1 — %2, by %3</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>— who? —</source>
        <translation>— who? —</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <source>Remove this task</source>
        <translation>Remove this task</translation>
    </message>
</context>
<context>
    <name>MeetingTexts</name>
    <message>
        <source>Regular branch meeting</source>
        <translation>Regular branch meeting</translation>
    </message>
    <message>
        <source>Thematic session</source>
        <translation>Thematic session</translation>
    </message>
    <message>
        <source>Regular meeting with thematic session</source>
        <translation>Regular meeting with thematic session</translation>
    </message>
    <message>
        <source>Branch committee meeting</source>
        <translation>Branch committee meeting</translation>
    </message>
    <message>
        <source>Extraordinary meeting</source>
        <translation>Extraordinary meeting</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent with reason</source>
        <translation>Absent with reason</translation>
    </message>
    <message>
        <source>Absent without reason</source>
        <translation>Absent without reason</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>Not attending</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Exempt from activities</source>
        <translation>Exempt from activities</translation>
    </message>
    <message>
        <source>Attending elsewhere</source>
        <translation>Attending elsewhere</translation>
    </message>
    <message>
        <source>Suspended or on special duty</source>
        <translation>Suspended or on special duty</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Sick</translation>
    </message>
    <message>
        <source>Away on business</source>
        <translation>Away on business</translation>
    </message>
    <message>
        <source>Family matters</source>
        <translation>Family matters</translation>
    </message>
    <message>
        <source>Studying away</source>
        <translation>Studying away</translation>
    </message>
</context>
<context>
    <name>MeetingVotes</name>
    <message>
        <source>Conclusion or resolution of the meeting</source>
        <translation>Conclusion or resolution of the meeting</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Subject of the vote</source>
        <translation>Subject of the vote</translation>
    </message>
    <message>
        <source>Record vote (Ctrl+Enter)</source>
        <translation>Record vote (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New vote</source>
        <translation>New vote</translation>
    </message>
    <message>
        <source>Remove vote</source>
        <translation>Remove vote</translation>
    </message>
    <message>
        <source>Remove the selected vote (Delete); Ctrl+Z brings it back</source>
        <translation>Remove the selected vote (Delete); Ctrl+Z brings it back</translation>
    </message>
    <message>
        <source>Changing the vote “%1”</source>
        <translation>Changing the vote “%1”</translation>
    </message>
    <message>
        <source>Save the vote (Ctrl+Enter)</source>
        <translation>Save the vote (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Conclusion / resolution</source>
        <translation>Conclusion / resolution</translation>
    </message>
    <message>
        <source>Voting base %1 = %2 official members − %3 attending elsewhere − %4 suspended − %5 exempt and absent − %6 absent with reason. A resolution passes with more than half of the base (at least %7 votes for).</source>
        <translation>Voting base %1 = %2 official members − %3 attending elsewhere − %4 suspended − %5 exempt and absent − %6 absent with reason. A resolution passes with more than half of the base (at least %7 votes for).</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Resolution of the meeting</source>
        <translation>Resolution of the meeting</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>%1 meetings, %2 with attendance checks not met</source>
        <translation>%1 meetings, %2 with attendance checks not met</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Delete this draft meeting and everything recorded in it?</source>
        <translation>Delete this draft meeting and everything recorded in it?</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Profile and history</source>
        <translation>Profile and history</translation>
    </message>
    <message>
        <source>Probation, transfers, badges</source>
        <translation>Probation, transfers, badges</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of admission</source>
        <translation>Date of admission</translation>
    </message>
    <message>
        <source>Date made official</source>
        <translation>Date made official</translation>
    </message>
    <message>
        <source>Party card number</source>
        <translation>Party card number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Card number and phone stay on this computer; they are never sent to the superior committee.</source>
        <translation>Card number and phone stay on this computer; they are never sent to the superior committee.</translation>
    </message>
    <message>
        <source>Situation history</source>
        <translation>Situation history</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason or decision (optional)</source>
        <translation>Reason or decision (optional)</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>Remove selected event</source>
        <translation>Remove selected event</translation>
    </message>
    <message>
        <source>Positions in the branch</source>
        <translation>Positions in the branch</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>in office</source>
        <translation>in office</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Add position</translation>
    </message>
    <message>
        <source>Remove selected position</source>
        <translation>Remove selected position</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Event date</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date: “%1” is not a date (dd/mm/yyyy).</source>
        <translation>End date: “%1” is not a date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (dd/mm/yyyy).</source>
        <translation>%1: “%2” is not a date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>Save or cancel the changes on the first tab first.</source>
        <translation>Save or cancel the changes on the first tab first.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>These entries on the second tab are typed but not recorded yet, and will be lost if the dialog closes now:</source>
        <translation>These entries on the second tab are typed but not recorded yet, and will be lost if the dialog closes now:</translation>
    </message>
    <message>
        <source>Stay and record them</source>
        <translation>Stay and record them</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Close and lose them</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <source>Import a member list</source>
        <translation>Import a member list</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>No file chosen (.xlsx or .csv).</source>
        <translation>No file chosen (.xlsx or .csv).</translation>
    </message>
    <message>
        <source>Columns: which column holds each field</source>
        <translation>Columns: which column holds each field</translation>
    </message>
    <message>
        <source>Bad rows and duplicates (nothing is written while there are any, unless you skip them):</source>
        <translation>Bad rows and duplicates (nothing is written while there are any, unless you skip them):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import, skipping bad rows</source>
        <translation>Import, skipping bad rows</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of admission</source>
        <translation>Date of admission</translation>
    </message>
    <message>
        <source>Date made official</source>
        <translation>Date made official</translation>
    </message>
    <message>
        <source>Party card number</source>
        <translation>Party card number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Choose a member list</source>
        <translation>Choose a member list</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Row %1 — %2 — %3: %4</source>
        <translation>Row %1 — %2 — %3: %4</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>whole row</translation>
    </message>
    <message>
        <source>%1 rows read, %2 ready to import, %3 bad rows.</source>
        <translation>%1 rows read, %2 ready to import, %3 bad rows.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>MemberLifecycle</name>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporary</translation>
    </message>
    <message>
        <source>Working far away</source>
        <translation>Working far away</translation>
    </message>
</context>
<context>
    <name>MemberLifecycleTab</name>
    <message>
        <source>Print personal record…</source>
        <translation>Print personal record…</translation>
    </message>
    <message>
        <source>Periods out of the party…</source>
        <translation>Periods out of the party…</translation>
    </message>
    <message>
        <source>Probation and official recognition</source>
        <translation>Probation and official recognition</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>For / base</source>
        <translation>For / base</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>decision no.</source>
        <translation>decision no.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Branch vote on</source>
        <translation>Branch vote on</translation>
    </message>
    <message>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <source>against</source>
        <translation>against</translation>
    </message>
    <message>
        <source>Superior&apos;s decision on</source>
        <translation>Superior&apos;s decision on</translation>
    </message>
    <message>
        <source>Mentor&apos;s review</source>
        <translation>Mentor&apos;s review</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>What the mentor wrote</source>
        <translation>What the mentor wrote</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Add review</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Party organisation (to or from)</source>
        <translation>Party organisation (to or from)</translation>
    </message>
    <message>
        <source>letter no.</source>
        <translation>letter no.</translation>
    </message>
    <message>
        <source>Date of the introduction letter (default: the transfer date)</source>
        <translation>Date of the introduction letter (default: the transfer date)</translation>
    </message>
    <message>
        <source>Expected return (temporary or far away)</source>
        <translation>Expected return (temporary or far away)</translation>
    </message>
    <message>
        <source>Record transfer</source>
        <translation>Record transfer</translation>
    </message>
    <message>
        <source>Print letter and slip…</source>
        <translation>Print letter and slip…</translation>
    </message>
    <message>
        <source>Receipt slip came back</source>
        <translation>Receipt slip came back</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>dated</translation>
    </message>
    <message>
        <source>Transfer date</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <source>back by</source>
        <translation>back by</translation>
    </message>
    <message>
        <source>Removed from the list of members on %1 (not recognised as official).</source>
        <translation>Removed from the list of members on %1 (not recognised as official).</translation>
    </message>
    <message>
        <source>Probationary until %1 (vote within the rule&apos;s deadline, by %2).</source>
        <translation>Probationary until %1 (vote within the rule&apos;s deadline, by %2).</translation>
    </message>
    <message>
        <source>Official member since %1.</source>
        <translation>Official member since %1.</translation>
    </message>
    <message>
        <source>The branch&apos;s vote of %1 did not recognise this member as official: removal from the list is proposed to the superior committee. Enter its decision below.</source>
        <translation>The branch&apos;s vote of %1 did not recognise this member as official: removal from the list is proposed to the superior committee. Enter its decision below.</translation>
    </message>
    <message>
        <source>The 12 months of probation are over and no decision is recorded.</source>
        <translation>The 12 months of probation are over and no decision is recorded.</translation>
    </message>
    <message>
        <source>Superior&apos;s removal decision on</source>
        <translation>Superior&apos;s removal decision on</translation>
    </message>
    <message>
        <source>Record removal</source>
        <translation>Record removal</translation>
    </message>
    <message>
        <source>Party age: %1 years %2 months.</source>
        <translation>Party age: %1 years %2 months.</translation>
    </message>
    <message>
        <source>Next badge: %1 years, at the ceremony of %2.</source>
        <translation>Next badge: %1 years, at the ceremony of %2.</translation>
    </message>
    <message>
        <source>No date of admission recorded.</source>
        <translation>No date of admission recorded.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (dd/mm/yyyy).</source>
        <translation>%1: “%2” is not a date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Enter the date of the branch&apos;s vote, or of the superior&apos;s decision.</source>
        <translation>Enter the date of the branch&apos;s vote, or of the superior&apos;s decision.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Enter the review&apos;s date.</source>
        <translation>Enter the review&apos;s date.</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>Expected return</translation>
    </message>
    <message>
        <source>Enter the transfer date.</source>
        <translation>Enter the transfer date.</translation>
    </message>
    <message>
        <source>Transfer recorded.</source>
        <translation>Transfer recorded.</translation>
    </message>
    <message>
        <source>Receipt date</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <source>Enter the date the receipt slip came back.</source>
        <translation>Enter the date the receipt slip came back.</translation>
    </message>
    <message>
        <source>Transfer letter</source>
        <translation>Transfer letter</translation>
    </message>
    <message>
        <source>Personal record</source>
        <translation>Personal record</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Situation today</source>
        <translation>Situation today</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>MemberTexts</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation>Deputy secretary</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Admitted (probationary)</source>
        <translation>Admitted (probationary)</translation>
    </message>
    <message>
        <source>Made official</source>
        <translation>Made official</translation>
    </message>
    <message>
        <source>Exempt from</source>
        <translation>Exempt from</translation>
    </message>
    <message>
        <source>Exempt until</source>
        <translation>Exempt until</translation>
    </message>
    <message>
        <source>Attached elsewhere from</source>
        <translation>Attached elsewhere from</translation>
    </message>
    <message>
        <source>Attached elsewhere until</source>
        <translation>Attached elsewhere until</translation>
    </message>
    <message>
        <source>Suspended from</source>
        <translation>Suspended from</translation>
    </message>
    <message>
        <source>Suspended until</source>
        <translation>Suspended until</translation>
    </message>
    <message>
        <source>Special duty from</source>
        <translation>Special duty from</translation>
    </message>
    <message>
        <source>Special duty until</source>
        <translation>Special duty until</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>Transferred in</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>Expelled</translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation>Removed from the list</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <source>Not yet in the branch</source>
        <translation>Not yet in the branch</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exempt</translation>
    </message>
    <message>
        <source>attached elsewhere</source>
        <translation>attached elsewhere</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>special duty</source>
        <translation>special duty</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Party members</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Search by name, card or phone — accents optional</source>
        <translation>Search by name, card or phone — accents optional</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 members</translation>
    </message>
    <message>
        <source>%1 of %2 members match</source>
        <translation>%1 of %2 members match</translation>
    </message>
    <message>
        <source>Saved. Warning: %1</source>
        <translation>Saved. Warning: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Imported %1 members.</source>
        <translation>Imported %1 members.</translation>
    </message>
    <message>
        <source>Skipped rows: %1.</source>
        <translation>Skipped rows: %1.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported %1 members to %2.</source>
        <translation>Exported %1 members to %2.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The data file “%1” was not found.</source>
        <translation>The data file “%1” was not found.</translation>
    </message>
    <message>
        <source>The file “%1” is empty (0 bytes): it is not a Sổ Chi bộ data file. The file was not changed.</source>
        <translation>The file “%1” is empty (0 bytes): it is not a Sổ Chi bộ data file. The file was not changed.</translation>
    </message>
    <message>
        <source>The file “%1” is not a Sổ Chi bộ data file (it is not an SQLite database). The file was not changed.</source>
        <translation>The file “%1” is not a Sổ Chi bộ data file (it is not an SQLite database). The file was not changed.</translation>
    </message>
    <message>
        <source>The file “%1” is an SQLite database but not a Sổ Chi bộ data file. The file was not changed.</source>
        <translation>The file “%1” is an SQLite database but not a Sổ Chi bộ data file. The file was not changed.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged or incomplete (%2). The file was not changed; restore it from a backup.</source>
        <translation>The file “%1” is damaged or incomplete (%2). The file was not changed; restore it from a backup.</translation>
    </message>
    <message>
        <source>The file “%1” was made by a newer version of Sổ Chi bộ (schema %2). Update the program to open it.</source>
        <translation>The file “%1” was made by a newer version of Sổ Chi bộ (schema %2). Update the program to open it.</translation>
    </message>
    <message>
        <source>The file “%1” could not be opened: %2</source>
        <translation>The file “%1” could not be opened: %2</translation>
    </message>
    <message>
        <source>The data file is open in another Sổ Chi bộ window (%1).</source>
        <translation>The data file is open in another Sổ Chi bộ window (%1).</translation>
    </message>
    <message>
        <source>since %1 on %2</source>
        <translation>since %1 on %2</translation>
    </message>
    <message>
        <source>since an unknown time</source>
        <translation>since an unknown time</translation>
    </message>
    <message>
        <source>The data file is open in another Sổ Chi bộ window on this computer (user “%1”, computer “%2”, %3). Use that window, or close it and open the file again.</source>
        <translation>The data file is open in another Sổ Chi bộ window on this computer (user “%1”, computer “%2”, %3). Use that window, or close it and open the file again.</translation>
    </message>
    <message>
        <source>The data file is open by user “%1” on computer “%2” %3. Close Sổ Chi bộ on that computer first, then open the file again.</source>
        <translation>The data file is open by user “%1” on computer “%2” %3. Close Sổ Chi bộ on that computer first, then open the file again.</translation>
    </message>
    <message>
        <source>Could not write “%1”: permission denied. The file may be open in another program (close it), or the folder may be read-only (choose another folder).</source>
        <translation>Could not write “%1”: permission denied. The file may be open in another program (close it), or the folder may be read-only (choose another folder).</translation>
    </message>
    <message>
        <source>“%1” was not found: the folder may have been moved, renamed or removed (e.g. a USB stick taken out).</source>
        <translation>“%1” was not found: the folder may have been moved, renamed or removed (e.g. a USB stick taken out).</translation>
    </message>
    <message>
        <source>“%1” is a folder: type a file name.</source>
        <translation>“%1” is a folder: type a file name.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the disk is full. Free some space or choose another disk.</source>
        <translation>Could not write “%1”: the disk is full. Free some space or choose another disk.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the disk is read-only. Choose another folder.</source>
        <translation>Could not write “%1”: the disk is read-only. Choose another folder.</translation>
    </message>
    <message>
        <source>Could not read or write “%1”: %2</source>
        <translation>Could not read or write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Admissions and badges</source>
        <translation>Admissions and badges</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>This page could not be opened: %1</source>
        <translation>This page could not be opened: %1</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Create the signing key</source>
        <translation>Create the signing key</translation>
    </message>
    <message>
        <source>The key signs the year&apos;s package sent to the superior committee. It is kept on this computer, protected by a passphrase only you know. If the secretary changes, the new secretary creates a new key; the old key is kept to check old packages.</source>
        <translation>The key signs the year&apos;s package sent to the superior committee. It is kept on this computer, protected by a passphrase only you know. If the secretary changes, the new secretary creates a new key; the old key is kept to check old packages.</translation>
    </message>
    <message>
        <source>Key holder (secretary):</source>
        <translation>Key holder (secretary):</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Passphrase again:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Creating the key…</translation>
    </message>
    <message>
        <source>Passphrase (at least 12 characters, or 4 words):</source>
        <translation>Passphrase (at least 12 characters, or 4 words):</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting: %1</source>
        <translation>New meeting: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Time: %1 – %2 (change it on the General tab)</source>
        <translation>Time: %1 – %2 (change it on the General tab)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpeningPanel</name>
    <message>
        <source>Opening the data file…</source>
        <translation>Opening the data file…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Party members</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Official members</source>
        <translation>Official members</translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation>Probationary members</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Exempt from activities</source>
        <translation>Exempt from activities</translation>
    </message>
    <message>
        <source>Attending temporarily elsewhere</source>
        <translation>Attending temporarily elsewhere</translation>
    </message>
    <message>
        <source>Expected at meetings</source>
        <translation>Expected at meetings</translation>
    </message>
    <message>
        <source>Situation on %1.</source>
        <translation>Situation on %1.</translation>
    </message>
    <message>
        <source>Regular meetings</source>
        <translation>Regular meetings</translation>
    </message>
    <message>
        <source>Thematic meetings</source>
        <translation>Thematic meetings</translation>
    </message>
    <message>
        <source>Regular and thematic combined</source>
        <translation>Regular and thematic combined</translation>
    </message>
    <message>
        <source>Branch committee meetings</source>
        <translation>Branch committee meetings</translation>
    </message>
    <message>
        <source>Extraordinary meetings</source>
        <translation>Extraordinary meetings</translation>
    </message>
    <message>
        <source>Meetings held in %1</source>
        <translation>Meetings held in %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>These figures could not be read</source>
        <translation>These figures could not be read</translation>
    </message>
</context>
<context>
    <name>PartyBreaksDialog</name>
    <message>
        <source>Periods out of the party — %1</source>
        <translation>Periods out of the party — %1</translation>
    </message>
    <message>
        <source>Periods out of the party are not counted in party age; the next badge milestone moves with them.</source>
        <translation>Periods out of the party are not counted in party age; the next badge milestone moves with them.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Remove the selected period</source>
        <translation>&amp;Remove the selected period</translation>
    </message>
    <message>
        <source>Leave empty while the member is still out</source>
        <translation>Leave empty while the member is still out</translation>
    </message>
    <message>
        <source>e.g. the decision&apos;s number</source>
        <translation>e.g. the decision&apos;s number</translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation>&amp;Add period</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>still out</source>
        <translation>still out</translation>
    </message>
    <message>
        <source>Enter the day the period began.</source>
        <translation>Enter the day the period began.</translation>
    </message>
    <message>
        <source>Period recorded.</source>
        <translation>Period recorded.</translation>
    </message>
    <message>
        <source>Period removed.</source>
        <translation>Period removed.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (dd/mm/yyyy).</source>
        <translation>%1: “%2” is not a date (dd/mm/yyyy).</translation>
    </message>
</context>
<context>
    <name>PathPicker</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>Open in viewer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page(s)</numerusform>
            <numerusform>%n page(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>The document could not be made.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>Sent %1 page(s) to the printer.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>No PDF viewer is set up on this computer. The file is at %1</source>
        <translation>No PDF viewer is set up on this computer. The file is at %1</translation>
    </message>
    <message>
        <source>Document not made</source>
        <translation>Document not made</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF not saved</translation>
    </message>
</context>
<context>
    <name>PortalDialog</name>
    <message>
        <source>Payment on the public-services portal</source>
        <translation>Payment on the public-services portal</translation>
    </message>
    <message>
        <source>Comrade %1, dues of %2</source>
        <translation>Comrade %1, dues of %2</translation>
    </message>
    <message>
        <source>Receipt number shown by the portal</source>
        <translation>Receipt number shown by the portal</translation>
    </message>
    <message>
        <source>Amount (đồng)</source>
        <translation>Amount (đồng)</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
</context>
<context>
    <name>ProtectionChoice</name>
    <message>
        <source>Protect the file</source>
        <translation>Protect the file</translation>
    </message>
    <message>
        <source>Do not encrypt (anyone who copies the file or a backup can read it)</source>
        <translation>Do not encrypt (anyone who copies the file or a backup can read it)</translation>
    </message>
    <message>
        <source>Encrypt the file with a passphrase (recommended)</source>
        <translation>Encrypt the file with a passphrase (recommended)</translation>
    </message>
    <message>
        <source>The file and its backups cannot be read without the passphrase. &lt;b&gt;Without the passphrase or the recovery sheet shown next, nobody can recover the data&lt;/b&gt; — not even the makers of the program.</source>
        <translation>The file and its backups cannot be read without the passphrase. &lt;b&gt;Without the passphrase or the recovery sheet shown next, nobody can recover the data&lt;/b&gt; — not even the makers of the program.</translation>
    </message>
    <message>
        <source>Passphrase (at least 12 characters, or 4 words):</source>
        <translation>Passphrase (at least 12 characters, or 4 words):</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Passphrase again:</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Invalid filename</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Go Back</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for absence</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Why is comrade %1 absent?</source>
        <translation>Why is comrade %1 absent?</translation>
    </message>
    <message>
        <source>Type another reason, then Enter</source>
        <translation>Type another reason, then Enter</translation>
    </message>
    <message>
        <source>&amp;%1. Other reason:</source>
        <translation>&amp;%1. Other reason:</translation>
    </message>
    <message>
        <source>Press 1–%1 for a reason above, or type another one and press Enter. Esc cancels.</source>
        <translation>Press 1–%1 for a reason above, or type another one and press Enter. Esc cancels.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reason accepted by the branch</source>
        <translation>Reason accepted by the branch</translation>
    </message>
    <message>
        <source>Comrade %1, dues of %2</source>
        <translation>Comrade %1, dues of %2</translation>
    </message>
    <message>
        <source>e.g. in hospital the whole month</source>
        <translation>e.g. in hospital the whole month</translation>
    </message>
    <message>
        <source>A month left unpaid with an accepted reason does not count among the unpaid months that lead to a removal proposal.</source>
        <translation>A month left unpaid with an accepted reason does not count among the unpaid months that lead to a removal proposal.</translation>
    </message>
</context>
<context>
    <name>RecordsExport</name>
    <message>
        <source>The data file is encrypted, but the records file “%1” will be plain text: anyone who gets it can read every record, with no passphrase.

Export anyway?</source>
        <translation>The data file is encrypted, but the records file “%1” will be plain text: anyone who gets it can read every record, with no passphrase.

Export anyway?</translation>
    </message>
    <message>
        <source>Export the records</source>
        <translation>Export the records</translation>
    </message>
    <message>
        <source>Records (*.json)</source>
        <translation>Records (*.json)</translation>
    </message>
    <message>
        <source>The records were exported to %1: %2 members, %3 meetings.</source>
        <translation>The records were exported to %1: %2 members, %3 meetings.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <source>Recovery sheet of the data file</source>
        <translation>Recovery sheet of the data file</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without the passphrase or this recovery code, nobody can recover the data&lt;/b&gt; — not the superior committee, not the makers of the program. Print the sheet, sign it, and keep it in a sealed envelope in a locked cupboard, away from the computer and from the backup sticks. Whoever has it can open the file.</source>
        <translation>&lt;b&gt;Without the passphrase or this recovery code, nobody can recover the data&lt;/b&gt; — not the superior committee, not the makers of the program. Print the sheet, sign it, and keep it in a sealed envelope in a locked cupboard, away from the computer and from the backup sticks. Whoever has it can open the file.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Print or save the recovery sheet…</source>
        <translation>Print or save the recovery sheet…</translation>
    </message>
    <message>
        <source>I have printed the sheet (or written the code down) and will keep it safe</source>
        <translation>I have printed the sheet (or written the code down) and will keep it safe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>The new file is encrypted. This recovery code opens it if the passphrase is forgotten.</source>
        <translation>The new file is encrypted. This recovery code opens it if the passphrase is forgotten.</translation>
    </message>
    <message>
        <source>The file is now encrypted; the unencrypted original was deleted once the encrypted file passed its check. This recovery code opens the file if the passphrase is forgotten.</source>
        <translation>The file is now encrypted; the unencrypted original was deleted once the encrypted file passed its check. This recovery code opens the file if the passphrase is forgotten.</translation>
    </message>
    <message>
        <source>The passphrase was changed. This is the new recovery code: the old code no longer opens the file (only backups made before the change). Destroy the old sheet once this one is printed.</source>
        <translation>The passphrase was changed. This is the new recovery code: the old code no longer opens the file (only backups made before the change). Destroy the old sheet once this one is printed.</translation>
    </message>
    <message>
        <source>The recovery code of the open file.</source>
        <translation>The recovery code of the open file.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
</context>
<context>
    <name>RefusalBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
    <message>
        <source>Not recorded: column «%1» of %2 — %3</source>
        <translation>Not recorded: column «%1» of %2 — %3</translation>
    </message>
</context>
<context>
    <name>RegistryDialog</name>
    <message>
        <source>Branches and keys</source>
        <translation>Branches and keys</translation>
    </message>
    <message>
        <source>Branch / key fingerprint</source>
        <translation>Branch / key fingerprint</translation>
    </message>
    <message>
        <source>Name / valid from</source>
        <translation>Name / valid from</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Add branch…</source>
        <translation>Add branch…</translation>
    </message>
    <message>
        <source>Add key (signer.pem)…</source>
        <translation>Add key (signer.pem)…</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key(s)</numerusform>
            <numerusform>%n key(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Cannot register</source>
        <translation>Cannot register</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Add key</translation>
    </message>
    <message>
        <source>Select the branch first.</source>
        <translation>Select the branch first.</translation>
    </message>
    <message>
        <source>Public key of the branch</source>
        <translation>Public key of the branch</translation>
    </message>
    <message>
        <source>Public keys (*.pem);;All files (*)</source>
        <translation>Public keys (*.pem);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot add the key</source>
        <translation>Cannot add the key</translation>
    </message>
    <message>
        <source>Key registered</source>
        <translation>Key registered</translation>
    </message>
    <message>
        <source>Fingerprint: %1

Compare it, group by group, with the fingerprint on the branch&apos;s signed registration form. If they differ, revoke this key.</source>
        <translation>Fingerprint: %1

Compare it, group by group, with the fingerprint on the branch&apos;s signed registration form. If they differ, revoke this key.</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>Select a key first.</translation>
    </message>
    <message>
        <source>Revoke key %1? Packages signed with it will no longer be accepted.</source>
        <translation>Revoke key %1? Packages signed with it will no longer be accepted.</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Choose the backup to restore “%1” from</source>
        <translation>Choose the backup to restore “%1” from</translation>
    </message>
    <message>
        <source>Backups of this file (%1);;All data files (*.sqlite)</source>
        <translation>Backups of this file (%1);;All data files (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” was restored from the backup. The damaged file was kept, unchanged, as “%2”.</source>
        <translation>“%1” was restored from the backup. The damaged file was kept, unchanged, as “%2”.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The records as they are now are backed up first, so a restore can itself be undone by restoring that backup.</source>
        <translation>Choose the backup to go back to. The records as they are now are backed up first, so a restore can itself be undone by restoring that backup.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Meetings per year</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Reading the backups…</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restore this backup</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>Restore from &amp;another file…</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>There is no backup of this file yet.</source>
        <translation>There is no backup of this file yet.</translation>
    </message>
    <message>
        <source>Backups: %1. Choose one and press “Restore this backup”.</source>
        <translation>Backups: %1. Choose one and press “Restore this backup”.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>no meetings</source>
        <translation>no meetings</translation>
    </message>
    <message>
        <source>Automatic (every 30 minutes)</source>
        <translation>Automatic (every 30 minutes)</translation>
    </message>
    <message>
        <source>On opening the file</source>
        <translation>On opening the file</translation>
    </message>
    <message>
        <source>On closing the file</source>
        <translation>On closing the file</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>Backed up by hand</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Before upgrading the file</source>
        <translation>Before upgrading the file</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Before an export</source>
        <translation>Before an export</translation>
    </message>
    <message>
        <source>Before a repair</source>
        <translation>Before a repair</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Sổ Chi bộ backups (*.sqlite)</source>
        <translation>Sổ Chi bộ backups (*.sqlite)</translation>
    </message>
    <message>
        <source>Replace the records in this file by those of the backup “%1”?

The records as they are now will be backed up first.</source>
        <translation>Replace the records in this file by those of the backup “%1”?

The records as they are now will be backed up first.</translation>
    </message>
    <message>
        <source>Restoring… the window will reopen the file.</source>
        <translation>Restoring… the window will reopen the file.</translation>
    </message>
    <message>
        <source>old passphrase</source>
        <translation>old passphrase</translation>
    </message>
    <message>
        <source>Before the passphrase was changed</source>
        <translation>Before the passphrase was changed</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Edit commitment…</source>
        <translation>Edit commitment…</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>Print form</translation>
    </message>
    <message>
        <source>Self-review</source>
        <translation>Self-review</translation>
    </message>
    <message>
        <source>Edit self-review…</source>
        <translation>Edit self-review…</translation>
    </message>
    <message>
        <source>Rating steps</source>
        <translation>Rating steps</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Select a member in the grid</source>
        <translation>Select a member in the grid</translation>
    </message>
    <message>
        <source>Signed on %1; %2 of %3 standards written.</source>
        <translation>Signed on %1; %2 of %3 standards written.</translation>
    </message>
    <message>
        <source>No commitment recorded.</source>
        <translation>No commitment recorded.</translation>
    </message>
    <message>
        <source>for %1, against %2, abstain %3</source>
        <translation>for %1, against %2, abstain %3</translation>
    </message>
    <message>
        <source>Disciplined: %1, decision %2 of %3 (%4)</source>
        <translation>Disciplined: %1, decision %2 of %3 (%4)</translation>
    </message>
    <message>
        <source>No self-review recorded.</source>
        <translation>No self-review recorded.</translation>
    </message>
    <message>
        <source>Written on %1; %2 of %3 sections written.</source>
        <translation>Written on %1; %2 of %3 sections written.</translation>
    </message>
    <message>
        <source>Self score %1, tasks exceeded %2%.</source>
        <translation>Self score %1, tasks exceeded %2%.</translation>
    </message>
    <message>
        <source>By the rules: %1.</source>
        <translation>By the rules: %1.</translation>
    </message>
    <message>
        <source>Member proposes: %1.</source>
        <translation>Member proposes: %1.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ReviewPrinting</name>
    <message>
        <source>Commitment %1 — %2</source>
        <translation>Commitment %1 — %2</translation>
    </message>
    <message>
        <source>Self-review %1 — %2</source>
        <translation>Self-review %1 — %2</translation>
    </message>
    <message>
        <source>Rating summary %1</source>
        <translation>Rating summary %1</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <source>Print rating summary…</source>
        <translation>Print rating summary…</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Not reviewed this year</source>
        <translation>Not reviewed this year</translation>
    </message>
    <message>
        <source>Discipline decided this year</source>
        <translation>Discipline decided this year</translation>
    </message>
    <message>
        <source>Record a discipline decision…</source>
        <translation>Record a discipline decision…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Year %1: %2 members reviewed (as of %3), %4 not yet rated, %5 not reviewed.</source>
        <translation>Year %1: %2 members reviewed (as of %3), %4 not yet rated, %5 not reviewed.</translation>
    </message>
    <message>
        <source>Not yet rated</source>
        <translation>Not yet rated</translation>
    </message>
    <message>
        <source>Warning: more HTXSNV than the cap allows — %1 HTXSNV, cap %2% of %3 HTTNV = %4.</source>
        <translation>Warning: more HTXSNV than the cap allows — %1 HTXSNV, cap %2% of %3 HTTNV = %4.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>Self score</translation>
    </message>
    <message>
        <source>By the rules</source>
        <translation>By the rules</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Superior</source>
        <translation>Superior</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Type 1–4 or X, T, H, K to set the rating; Delete clears it.</source>
        <translation>Type 1–4 or X, T, H, K to set the rating; Delete clears it.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <source>Excellent (HTXSNV)</source>
        <translation>Excellent (HTXSNV)</translation>
    </message>
    <message>
        <source>Good (HTTNV)</source>
        <translation>Good (HTTNV)</translation>
    </message>
    <message>
        <source>Completed (HTNV)</source>
        <translation>Completed (HTNV)</translation>
    </message>
    <message>
        <source>Not completed (KHTNV)</source>
        <translation>Not completed (KHTNV)</translation>
    </message>
    <message>
        <source>Self-rating</source>
        <translation>Self-rating</translation>
    </message>
    <message>
        <source>Branch vote</source>
        <translation>Branch vote</translation>
    </message>
    <message>
        <source>Committee proposal</source>
        <translation>Committee proposal</translation>
    </message>
    <message>
        <source>Superior decision</source>
        <translation>Superior decision</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Attached elsewhere</source>
        <translation>Attached elsewhere</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>Expelled</translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation>Removed from the list</translation>
    </message>
    <message>
        <source>Not yet a member</source>
        <translation>Not yet a member</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Reviewed and rated.</source>
        <translation>Reviewed and rated.</translation>
    </message>
    <message>
        <source>Transferred in this year: reviewed here, consulting the previous branch&apos;s remarks.</source>
        <translation>Transferred in this year: reviewed here, consulting the previous branch&apos;s remarks.</translation>
    </message>
    <message>
        <source>Attached elsewhere: reviewed here, with the remarks of the branch they meet with.</source>
        <translation>Attached elsewhere: reviewed here, with the remarks of the branch they meet with.</translation>
    </message>
    <message>
        <source>Admitted less than 6 months before the review date: not rated this year.</source>
        <translation>Admitted less than 6 months before the review date: not rated this year.</translation>
    </message>
    <message>
        <source>Exempt from party work and meetings: not reviewed.</source>
        <translation>Exempt from party work and meetings: not reviewed.</translation>
    </message>
    <message>
        <source>Suspended from party activity: not reviewed.</source>
        <translation>Suspended from party activity: not reviewed.</translation>
    </message>
    <message>
        <source>Transferred out: the new branch reviews them.</source>
        <translation>Transferred out: the new branch reviews them.</translation>
    </message>
    <message>
        <source>Deceased: not reviewed.</source>
        <translation>Deceased: not reviewed.</translation>
    </message>
    <message>
        <source>Expelled: not reviewed.</source>
        <translation>Expelled: not reviewed.</translation>
    </message>
    <message>
        <source>Removed from the list: not reviewed.</source>
        <translation>Removed from the list: not reviewed.</translation>
    </message>
    <message>
        <source>Joined after the review date: reviewed from next year.</source>
        <translation>Joined after the review date: reviewed from next year.</translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation>Reprimand</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Dismissal from post</source>
        <translation>Dismissal from post</translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation>Expulsion</translation>
    </message>
    <message>
        <source>Members are reviewed as they stand on 1 December: exempt or suspended members are not reviewed; members transferred out are reviewed by their new branch; members transferred in are reviewed here; members admitted less than 6 months before are rated next year.</source>
        <translation>Members are reviewed as they stand on 1 December: exempt or suspended members are not reviewed; members transferred out are reviewed by their new branch; members transferred in are reviewed here; members admitted less than 6 months before are rated next year.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Date recorded with ratings typed in the grid</source>
        <translation>Date recorded with ratings typed in the grid</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Date of the ratings typed</source>
        <translation>Date of the ratings typed</translation>
    </message>
    <message>
        <source>Keys: 1 or X = HTXSNV · 2 or T = HTTNV · 3 or H = HTNV · 4 or K = KHTNV · Delete clears · Enter moves down · Tab moves right · Esc leaves the grid</source>
        <translation>Keys: 1 or X = HTXSNV · 2 or T = HTTNV · 3 or H = HTNV · 4 or K = KHTNV · Delete clears · Enter moves down · Tab moves right · Esc leaves the grid</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Remove discipline decision</source>
        <translation>Remove discipline decision</translation>
    </message>
    <message>
        <source>Remove this discipline decision from the register?</source>
        <translation>Remove this discipline decision from the register?</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Annual review</translation>
    </message>
</context>
<context>
    <name>RulebookDialog</name>
    <message>
        <source>Rulebook for %1</source>
        <translation>Rulebook for %1</translation>
    </message>
    <message>
        <source>The year %1 is evaluated under the rulebook chosen here. Changing it re-scores every component under other rules.</source>
        <translation>The year %1 is evaluated under the rulebook chosen here. Changing it re-scores every component under other rules.</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>sample</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>effective %1</translation>
    </message>
    <message>
        <source>Use this rulebook</source>
        <translation>Use this rulebook</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RulebooksTab</name>
    <message>
        <source>Each year is evaluated under the rulebook in force then. A superior committee can send its own rulebook (a .toml file, signed with a .sig file beside it): import it here, then choose it for a year on the Self-evaluation page.</source>
        <translation>Each year is evaluated under the rulebook in force then. A superior committee can send its own rulebook (a .toml file, signed with a .sig file beside it): import it here, then choose it for a year on the Self-evaluation page.</translation>
    </message>
    <message>
        <source>Rulebook</source>
        <translation>Rulebook</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Import a rulebook…</source>
        <translation>Import a rulebook…</translation>
    </message>
    <message>
        <source>checked (%1)</source>
        <translation>checked (%1)</translation>
    </message>
    <message>
        <source>sample shipped with the program</source>
        <translation>sample shipped with the program</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>Import a rulebook</source>
        <translation>Import a rulebook</translation>
    </message>
    <message>
        <source>Rulebooks (*.toml)</source>
        <translation>Rulebooks (*.toml)</translation>
    </message>
    <message>
        <source>Imported: %1 — %2
SHA-256: %3</source>
        <translation>Imported: %1 — %2
SHA-256: %3</translation>
    </message>
    <message>
        <source>The superior committee&apos;s signature is valid; key %1. Compare it with the fingerprint the committee published.</source>
        <translation>The superior committee&apos;s signature is valid; key %1. Compare it with the fingerprint the committee published.</translation>
    </message>
    <message>
        <source>The file carries no signature (.sig).</source>
        <translation>The file carries no signature (.sig).</translation>
    </message>
    <message>
        <source>Rulebooks</source>
        <translation>Rulebooks</translation>
    </message>
</context>
<context>
    <name>ScoreBox</name>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
</context>
<context>
    <name>SelfReviewDialog</name>
    <message>
        <source>Self-review %1 — %2</source>
        <translation>Self-review %1 — %2</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Written on</translation>
    </message>
    <message>
        <source>Self score (of 100)</source>
        <translation>Self score (of 100)</translation>
    </message>
    <message>
        <source>Tasks exceeded</source>
        <translation>Tasks exceeded</translation>
    </message>
    <message>
        <source>Rating by the rules</source>
        <translation>Rating by the rules</translation>
    </message>
    <message>
        <source>Member&apos;s own proposal</source>
        <translation>Member&apos;s own proposal</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Rulebooks</source>
        <translation>Rulebooks</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>A new language is used after the program is restarted.</source>
        <translation>A new language is used after the program is restarted.</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Folders</translation>
    </message>
    <message>
        <source>“backups” beside the data file</source>
        <translation>“backups” beside the data file</translation>
    </message>
    <message>
        <source>none (e.g. a USB stick)</source>
        <translation>none (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>Second backup copy:</source>
        <translation>Second backup copy:</translation>
    </message>
    <message>
        <source>Page layout of printed documents</source>
        <translation>Page layout of printed documents</translation>
    </message>
    <message>
        <source>Top margin:</source>
        <translation>Top margin:</translation>
    </message>
    <message>
        <source>Bottom margin:</source>
        <translation>Bottom margin:</translation>
    </message>
    <message>
        <source>Left margin:</source>
        <translation>Left margin:</translation>
    </message>
    <message>
        <source>Right margin:</source>
        <translation>Right margin:</translation>
    </message>
    <message>
        <source>Body text size:</source>
        <translation>Body text size:</translation>
    </message>
    <message>
        <source>Party documents usually use top and bottom 20 mm, left 30 mm, right 15 mm and 13–14 pt text.</source>
        <translation>Party documents usually use top and bottom 20 mm, left 30 mm, right 15 mm and 13–14 pt text.</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start Sổ Chi bộ.</source>
        <translation>The new language will be used the next time you start Sổ Chi bộ.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets of the year&apos;s resolution %1</source>
        <translation>Targets of the year&apos;s resolution %1</translation>
    </message>
    <message>
        <source>The targets (chỉ tiêu) adopted in the branch&apos;s annual resolution, with the planned and achieved values. A target is met when the achieved value reaches the planned one.</source>
        <translation>The targets (chỉ tiêu) adopted in the branch&apos;s annual resolution, with the planned and achieved values. A target is met when the achieved value reaches the planned one.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>Remove selected target</source>
        <translation>Remove selected target</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>New members to admit this year (admission target):</source>
        <translation>New members to admit this year (admission target):</translation>
    </message>
    <message>
        <source>This year is locked after its package was sent: read only.</source>
        <translation>This year is locked after its package was sent: read only.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: “%3” is not a number.</source>
        <translation>Row %1, column “%2”: “%3” is not a number.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: enter the planned value.</source>
        <translation>Row %1, column “%2”: enter the planned value.</translation>
    </message>
</context>
<context>
    <name>ThematicPlanPage</name>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Planned month</source>
        <translation>Planned month</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Add your own topic to the suggestions…</source>
        <translation>Add your own topic to the suggestions…</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Add topic</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>At least one thematic session each quarter. Pick a suggested topic or type your own.</source>
        <translation>At least one thematic session each quarter. Pick a suggested topic or type your own.</translation>
    </message>
    <message>
        <source>Thematic plan</source>
        <translation>Thematic plan</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open an encrypted file</source>
        <translation>Open an encrypted file</translation>
    </message>
    <message>
        <source>The backup “%1” was encrypted under another passphrase (before the passphrase was changed). Type the passphrase it was made with, or the recovery code of that time.</source>
        <translation>The backup “%1” was encrypted under another passphrase (before the passphrase was changed). Type the passphrase it was made with, or the recovery code of that time.</translation>
    </message>
    <message>
        <source>The file “%1” is encrypted. Type its passphrase, or the recovery code from its recovery sheet.</source>
        <translation>The file “%1” is encrypted. Type its passphrase, or the recovery code from its recovery sheet.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Recovery code (from the recovery sheet)</source>
        <translation>Recovery code (from the recovery sheet)</translation>
    </message>
    <message>
        <source>Tries left: %1.</source>
        <translation>Tries left: %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery code.</source>
        <translation>Type the passphrase or the recovery code.</translation>
    </message>
</context>
<context>
    <name>UnlockFlow</name>
    <message>
        <source>Three wrong tries: the file was not opened. Open it again to try once more.</source>
        <translation>Three wrong tries: the file was not opened. Open it again to try once more.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Save the changes you made?</source>
        <translation>Save the changes you made?</translation>
    </message>
    <message>
        <source>Save the changes in “%1”?</source>
        <translation>Save the changes in “%1”?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>If you do not save, what you typed is lost.</source>
        <translation>If you do not save, what you typed is lost.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>YearLockBanner</name>
    <message>
        <source>%1 was sent to the superior committee and is locked: its records can be read, not changed. To correct it, reopen it in %2.</source>
        <translation>%1 was sent to the superior committee and is locked: its records can be read, not changed. To correct it, reopen it in %2.</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
</context>
<context>
    <name>YearViewPage</name>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Regular meeting</source>
        <translation>Regular meeting</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Committee meeting</source>
        <translation>Committee meeting</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>Thematic sessions</source>
        <translation>Thematic sessions</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>Attendance rate by month (line: 85%)</source>
        <translation>Attendance rate by month (line: 85%)</translation>
    </message>
    <message>
        <source>Overdue (due %1)</source>
        <translation>Overdue (due %1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>resolution of %1</source>
        <translation>resolution of %1</translation>
    </message>
    <message>
        <source>No open task is overdue or due within a month.</source>
        <translation>No open task is overdue or due within a month.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Nothing missing so far this year.</source>
        <translation>Nothing missing so far this year.</translation>
    </message>
    <message>
        <source>Year at a glance</source>
        <translation>Year at a glance</translation>
    </message>
    <message>
        <source>Dues paid</source>
        <translation>Dues paid</translation>
    </message>
    <message>
        <source>Open tasks, overdue or due within a month</source>
        <translation>Open tasks, overdue or due within a month</translation>
    </message>
    <message>
        <source>Tasks of the monthly resolutions not reviewed yet; Enter or a double click opens the meeting.</source>
        <translation>Tasks of the monthly resolutions not reviewed yet; Enter or a double click opens the meeting.</translation>
    </message>
    <message>
        <source>%1 members did not pay this month</source>
        <translation>%1 members did not pay this month</translation>
    </message>
    <message>
        <source>%1 has not paid the dues of months %2 (%3 months without an accepted reason: the branch considers proposing removal)</source>
        <translation>%1 has not paid the dues of months %2 (%3 months without an accepted reason: the branch considers proposing removal)</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <source>Is the year complete?</source>
        <translation>Is the year complete?</translation>
    </message>
    <message>
        <source>Double-click an item to go and fix it. You may also send the package as it is.</source>
        <translation>Double-click an item to go and fix it. You may also send the package as it is.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Nothing is missing.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing:</source>
        <translation>
            <numerusform>%n item(s) still missing:</numerusform>
            <numerusform>%n item(s) still missing:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>The package is ready</source>
        <translation>The package is ready</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Size: %1 KB</source>
        <translation>Size: %1 KB</translation>
    </message>
    <message>
        <source>Package number: %1</source>
        <translation>Package number: %1</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Key fingerprint: %1</translation>
    </message>
    <message>
        <source>The year is now locked. Take the file to the superior committee; they check it against the key fingerprint on your registration form.</source>
        <translation>The year is now locked. Take the file to the superior committee; they check it against the key fingerprint on your registration form.</translation>
    </message>
</context>
<context>
    <name>_SendPage</name>
    <message>
        <source>Sign and save</source>
        <translation>Sign and save</translation>
    </message>
    <message>
        <source>Type the signing key&apos;s passphrase and choose where to save (e.g. a USB stick).</source>
        <translation>Type the signing key&apos;s passphrase and choose where to save (e.g. a USB stick).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Save in folder:</source>
        <translation>Save in folder:</translation>
    </message>
    <message>
        <source>Save the package in</source>
        <translation>Save the package in</translation>
    </message>
</context>
<context>
    <name>_YearPage</name>
    <message>
        <source>Which year?</source>
        <translation>Which year?</translation>
    </message>
    <message>
        <source>The package holds the year&apos;s evaluation, meeting records, ratings and reports.</source>
        <translation>The package holds the year&apos;s evaluation, meeting records, ratings and reports.</translation>
    </message>
    <message>
        <source>Reopen the year for a correction…</source>
        <translation>Reopen the year for a correction…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message numerus="yes">
        <source>Already sent: %n package(s); the last is %1.</source>
        <translation>
            <numerusform>Already sent: %n package(s); the last is %1.</numerusform>
            <numerusform>Already sent: %n package(s); the last is %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new export gets the next number and replaces the previous package.</source>
        <translation>A new export gets the next number and replaces the previous package.</translation>
    </message>
    <message>
        <source>The year is locked (read-only) since its package was exported.</source>
        <translation>The year is locked (read-only) since its package was exported.</translation>
    </message>
    <message>
        <source>No package sent for this year yet.</source>
        <translation>No package sent for this year yet.</translation>
    </message>
    <message>
        <source>Reopen the year</source>
        <translation>Reopen the year</translation>
    </message>
    <message>
        <source>Reopen %1 for a correction? Its records become editable again; export again afterwards so the superior committee receives the corrected package.</source>
        <translation>Reopen %1 for a correction? Its records become editable again; export again afterwards so the superior committee receives the corrected package.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
