import Foundation
import KaikuCore

/// Builds the view of each question from its definition, the answers so far and the problems
/// found, in the respondent's language.
struct QuestionViewBuilder {
    let definition: SurveyDefinition
    let organisation: Organisation
    let language: String
    let t: Texts
    let answers: Answers
    /// Problems by answer key.
    let problems: [String: AnswerProblem]

    private var fallbacks: [String] { definition.languages }

    func view(of question: Question) -> QuestionView {
        let id = Self.htmlID(question.id)
        var view = QuestionView(
            id: id, text: question.text.text(in: language, fallbacks: fallbacks), required: question.required,
            error: question.answerKeys.count == 1 ? message(for: question.id) : nil, firstInputID: "\(id)-0"
        )
        switch question.type {
        case .choice, .scale, .multi:
            view.choices = group(key: question.id, options: question.options?.options ?? [], question: question, inline: false)
        case .grade:
            view.choices = group(key: question.id, options: numbers(4...10), question: question, inline: true)
        case .nps:
            var choices = group(key: question.id, options: numbers(0...10), question: question, inline: true)
            choices.lowLabel = t("survey_nps_low")
            choices.highLabel = t("survey_nps_high")
            view.choices = choices
        case .matrix:
            let rows = question.items.map { item in
                let key = "\(question.id).\(item.id)"
                return MatrixRow(
                    id: Self.htmlID(key), label: item.text.text(in: language, fallbacks: fallbacks), error: message(for: key),
                    group: group(key: key, options: question.options?.options ?? [], question: question, inline: false)
                )
            }
            view.matrix = Matrix(rows: rows)
            view.firstInputID = rows.first?.group.options.first?.inputID ?? view.firstInputID
            view.error = question.answerKeys.compactMap(message(for:)).isEmpty ? nil : t("survey_rows_need_answers")
        case .importancePerformance:
            let rows = question.items.map { item in
                let key = "\(question.id).\(item.id)"
                let errors = [message(for: "\(key).importance"), message(for: "\(key).performance")].compactMap { $0 }
                return ImportancePerformanceRow(
                    id: Self.htmlID(key), label: item.text.text(in: language, fallbacks: fallbacks),
                    importanceLabel: t("survey_importance"), performanceLabel: t("survey_performance"),
                    importance: group(key: "\(key).importance", options: question.importanceScale?.options ?? [], question: question, inline: false),
                    performance: group(key: "\(key).performance", options: question.performanceScale?.options ?? [], question: question, inline: false),
                    error: errors.isEmpty ? nil : errors.joined(separator: " ")
                )
            }
            view.importancePerformance = ImportancePerformanceView(rows: rows)
            view.firstInputID = rows.first?.importance.options.first?.inputID ?? view.firstInputID
            view.error = question.answerKeys.compactMap(message(for:)).isEmpty ? nil : t("survey_rows_need_answers")
        case .library:
            let groups = libraryGroups(question)
            view.libraries = LibraryChoice(fieldName: PostedAnswers.fieldName(question.id), groups: groups)
            view.firstInputID = groups.first?.options.first?.inputID ?? view.firstInputID
        case .text:
            view.textArea = TextInput(inputID: "\(id)-0", name: PostedAnswers.fieldName(question.id), value: text(question.id), maxLength: AnswerValidator.maximumTextLength)
        case .shortText:
            view.input = TextInput(inputID: "\(id)-0", name: PostedAnswers.fieldName(question.id), value: text(question.id), maxLength: AnswerValidator.maximumShortTextLength)
        case .number:
            var hint: String?
            if let minimum = question.minimum, let maximum = question.maximum {
                hint = t("survey_number_range", ["min": .number(minimum), "max": .number(maximum)])
            }
            view.input = TextInput(inputID: "\(id)-0", name: PostedAnswers.fieldName(question.id), value: text(question.id), maxLength: 32, inputMode: "decimal", hint: hint)
        }
        return view
    }

    /// `staff.friendly` → `q-staff-friendly`.
    static func htmlID(_ key: String) -> String {
        "q-" + key.replacingOccurrences(of: ".", with: "-").replacingOccurrences(of: "_", with: "-")
    }

    private func message(for key: String) -> String? {
        problems[key].map { t.catalogue.text($0.message, in: language) }
    }

    private func text(_ key: String) -> String {
        answers[key]?.canonical ?? ""
    }

    private func numbers(_ range: ClosedRange<Int>) -> [ChoiceOption] {
        range.map { ChoiceOption(value: .integer($0), label: LocalizedText([language: String($0)])) }
    }

    private func group(key: String, options: [ChoiceOption], question: Question, inline: Bool) -> ChoiceGroup {
        let base = Self.htmlID(key)
        let chosen = Set((answers[key]?.elements ?? []).map(\.canonical))
        var views = options.enumerated().map { index, option in
            OptionView(
                inputID: "\(base)-\(index)", value: option.value.canonical,
                label: option.label.text(in: language, fallbacks: fallbacks),
                checked: chosen.contains(option.value.canonical), notApplicable: false
            )
        }
        if question.notApplicable {
            views.append(OptionView(
                inputID: "\(base)-na", value: AnswerValue.notApplicable.canonical, label: t("survey_not_applicable"),
                checked: chosen.contains(AnswerValue.notApplicable.canonical), notApplicable: true
            ))
        }
        return ChoiceGroup(name: PostedAnswers.fieldName(key), multiple: question.type == .multi, inline: inline, options: views)
    }

    private func libraryGroups(_ question: Question) -> [LibraryGroup] {
        let chosen = answers[question.id]?.canonical
        var index = 0
        return organisation.libraries.map { library in
            LibraryGroup(title: library.name.text(in: language, fallbacks: ["fi"]), options: library.outlets.map { outlet in
                defer { index += 1 }
                return OptionView(
                    inputID: "\(Self.htmlID(question.id))-\(index)", value: outlet.id,
                    label: outlet.name.text(in: language, fallbacks: ["fi"]), checked: outlet.id == chosen, notApplicable: false
                )
            })
        }
    }
}
