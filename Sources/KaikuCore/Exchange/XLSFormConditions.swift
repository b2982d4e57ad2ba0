/// Turns each question's `relevant` (and the `relevant` of the groups around it) into its
/// `show_if`, after the whole sheet is read, so that every name an expression uses is known.
///
/// `kaiku::show_if` keeps a condition exactly as written in Kaiku; it is used while the
/// `relevant` beside it is still the one it was exported as. When someone has changed the
/// `relevant` since, the `relevant` wins.
struct XLSFormConditions {
    let names: XLSFormNames
    let sheet: String
    private(set) var warnings: [XLSFormWarning] = []
    private var groups: [Int: ShowIfExpression?] = [:]

    init(names: XLSFormNames, sheet: String) {
        self.names = names
        self.sheet = sheet
    }

    /// The `show_if` source of `question`, or nil for none.
    mutating func showIf(of question: XLSFormQuestionDraft, groupConditions: [(row: Int, source: String)]) -> String? {
        let own = ownCondition(of: question)
        let inherited = question.inherited.compactMap { index in
            groupExpression(index, groupConditions[index])
        }
        guard !inherited.isEmpty else { return own?.source }
        guard let own else { return (inherited.count == 1 ? inherited[0] : .and(inherited)).description }
        // A kaiku::show_if that does not parse stays as written, for the definition's rules to report.
        guard let expression = own.expression else { return own.source }
        return ShowIfExpression.and(inherited + [expression]).description
    }

    private mutating func ownCondition(of question: XLSFormQuestionDraft) -> (source: String, expression: ShowIfExpression?)? {
        let relevant = question.relevant, written = question.kaikuShowIf
        let place = XLSFormPlace(sheet: sheet, row: question.row + 1)
        let fromRelevant = relevant.isEmpty ? nil : XPathConditionParser.expression(from: relevant, names: names)
        if !written.isEmpty {
            let parsed = try? ShowIfExpression.parse(written)
            if relevant.isEmpty || parsed.map(XLSFormRelevant.xpath) == relevant {
                return (written, parsed)
            }
            if case .success(let expression) = fromRelevant {
                warnings.append(XLSFormWarning(place, .showIfReplaced(showIf: written, relevant: relevant)))
                return (expression.description, expression)
            }
            return (written, parsed)
        }
        switch fromRelevant {
        case .success(let expression)?:
            return (expression.description, expression)
        case .failure(let problem)?:
            warnings.append(XLSFormWarning(place, .relevantNotMapped(relevant, problem, group: false)))
            return nil
        case nil:
            return nil
        }
    }

    /// A group's condition, read once however many questions it covers.
    private mutating func groupExpression(_ index: Int, _ condition: (row: Int, source: String)) -> ShowIfExpression? {
        if let known = groups[index] { return known }
        switch XPathConditionParser.expression(from: condition.source, names: names) {
        case .success(let expression):
            groups[index] = expression
            return expression
        case .failure(let problem):
            warnings.append(XLSFormWarning(XLSFormPlace(sheet: sheet, row: condition.row + 1), .relevantNotMapped(condition.source, problem, group: true)))
            groups[index] = .some(nil)
            return nil
        }
    }
}
