/// The rules that span a whole definition: unique ids, `show_if` references and forms.
struct DefinitionChecks {
    let definition: SurveyDefinition
    private(set) var problems: [DefinitionProblem] = []

    init(definition: SurveyDefinition) {
        self.definition = definition
    }

    mutating func run() {
        checkScales()
        checkPagesAndQuestions()
        checkForms()
    }

    private mutating func checkScales() {
        var seen: Set<String> = []
        for scale in definition.scales where !seen.insert(scale.name).inserted {
            problems.append(DefinitionProblem("scales.\(scale.name)", .duplicateScale(scale.name)))
        }
    }

    private mutating func checkPagesAndQuestions() {
        var pageIDs: Set<String> = []
        var firstPath: [String: String] = [:]
        /// Questions that come before the one being checked, by id.
        var earlier: [String: Question] = [:]
        for (pageIndex, page) in definition.pages.enumerated() {
            let pagePath = "pages[\(pageIndex)]"
            if !pageIDs.insert(page.id).inserted {
                problems.append(DefinitionProblem("\(pagePath).id", .duplicatePage(page.id)))
            }
            for (index, question) in page.questions.enumerated() {
                let path = "\(pagePath).questions[\(index)]"
                if let first = firstPath[question.id] {
                    problems.append(DefinitionProblem("\(path).id", .duplicateQuestion(question.id, firstAt: first)))
                } else {
                    firstPath[question.id] = path
                }
                if let condition = question.showIf {
                    checkShowIf(condition, at: "\(path).show_if", earlier: earlier)
                }
                earlier[question.id] = earlier[question.id] ?? question
            }
        }
    }

    private mutating func checkShowIf(_ condition: ShowIfCondition, at path: String, earlier: [String: Question]) {
        for key in condition.expression.referencedKeys {
            let questionID = String(key.split(separator: ".").first ?? "")
            guard definition.question(questionID) != nil else {
                problems.append(DefinitionProblem(path, .showIfUnknownQuestion(questionID)))
                continue
            }
            guard earlier[questionID] != nil else {
                problems.append(DefinitionProblem(path, .showIfLaterQuestion(questionID)))
                continue
            }
            guard definition.target(ofKey: key) != nil else {
                let item = key.split(separator: ".").dropFirst().joined(separator: ".")
                problems.append(DefinitionProblem(path, .showIfUnknownItem(item, question: questionID)))
                continue
            }
        }
        for use in condition.expression.uses {
            guard let target = definition.target(ofKey: use.key), earlier[target.question.id] != nil else { continue }
            let question = target.question
            switch use {
            case .has(_, let value):
                if question.type != .multi {
                    problems.append(DefinitionProblem(path, .showIfNotMulti(use.key)))
                } else {
                    checkValue(value.canonical, of: use.key, question: question, at: path)
                }
            case .ordering:
                if !isNumeric(target) {
                    problems.append(DefinitionProblem(path, .showIfNotNumeric(use.key)))
                }
            case .equality(_, let value):
                checkValue(value.canonical, of: use.key, question: question, at: path)
            }
        }
    }

    /// Numeric answers: scales, NPS, grade, number, and matrix or importance–performance items
    /// whose options are all numbers.
    private func isNumeric(_ target: AnswerKeyTarget) -> Bool {
        let question = target.question
        if question.type.isNumeric { return true }
        guard question.type == .matrix || question.type == .importancePerformance else { return false }
        let options = target.options
        return !options.isEmpty && options.allSatisfy { if case .integer = $0.value { true } else { false } }
    }

    /// A literal compared with an option-based answer must be one of its options (or "na").
    private mutating func checkValue(_ value: String, of key: String, question: Question, at path: String) {
        guard let target = definition.target(ofKey: key) else { return }
        let options = target.options
        guard question.type.takesOptions || question.type == .importancePerformance else { return }
        let allowed = Set(options.map(\.value.canonical)).union(question.notApplicable ? ["na"] : [])
        if !allowed.contains(value) {
            problems.append(DefinitionProblem(path, .showIfUnknownValue(value, question: key)))
        }
    }

    private mutating func checkForms() {
        let ids = Set(definition.questions.map(\.id))
        for form in definition.forms {
            var seen: Set<String> = []
            for (index, id) in form.questionIDs.enumerated() {
                let path = "forms.\(form.name)[\(index)]"
                if !ids.contains(id) {
                    problems.append(DefinitionProblem(path, .unknownFormQuestion(id)))
                } else if !seen.insert(id).inserted {
                    problems.append(DefinitionProblem(path, .duplicateFormQuestion(id)))
                }
            }
        }
    }
}
