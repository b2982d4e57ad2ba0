import KaikuStore
import Testing

/// The audit log's action codes are stored and searched: they stay stable and distinct.
@Suite("Audit actions")
struct AuditActionTests {
    @Test("every action has its own code of the form object.verb, as the log has always stored them")
    func codes() {
        let codes = AuditAction.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.wholeMatch(of: /[a-z]+\.[a-z_]+/) != nil })
        #expect(AuditAction.surveyPublish.rawValue == "survey.publish")
        #expect(AuditAction.userSignInFailed.rawValue == "user.sign_in_failed")
    }

    @Test("marking and unmarking an answer are recorded as four distinct actions")
    func answerMarks() {
        #expect(AuditAction.answer(marking: true, .redacted) == .answerRedact)
        #expect(AuditAction.answer(marking: false, .redacted) == .answerUnredact)
        #expect(AuditAction.answer(marking: true, .story) == .answerStory)
        #expect(AuditAction.answer(marking: false, .story) == .answerUnstory)
    }
}
