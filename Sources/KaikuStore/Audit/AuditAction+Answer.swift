extension AuditAction {
    /// Marking (or unmarking) an open answer as redacted or as a story.
    public static func answer(marking: Bool, _ kind: AnswerMarkKind) -> AuditAction {
        switch (marking, kind) {
        case (true, .redacted): .answerRedact
        case (false, .redacted): .answerUnredact
        case (true, .story): .answerStory
        case (false, .story): .answerUnstory
        }
    }
}
