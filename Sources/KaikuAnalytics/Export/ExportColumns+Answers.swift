import KaikuCore

/// The answer columns of one version's questions.
struct ColumnBuilder {
    let definition: SurveyDefinition
    let language: String
    let organisation: Organisation?

    private func text(_ text: LocalizedText) -> String {
        text.text(in: language, fallbacks: ["fi", definition.defaultLanguage])
    }

    private func labels(_ options: [ChoiceOption]) -> [ExportValueLabel] {
        options.map { ExportValueLabel(value: $0.value.canonical, label: text($0.label)) }
    }

    /// Integer when every option is a number, else string.
    private func columnType(of options: [ChoiceOption]) -> ExportColumnType {
        options.allSatisfy { if case .integer = $0.value { true } else { false } } ? .integer : .string
    }

    func columns(of question: Question) -> [ExportColumn] {
        let title = text(question.text)
        let na = question.notApplicable
        func column(_ name: String, _ type: ExportColumnType, label: String = title, values: [ExportValueLabel] = [],
                    minimum: Double? = nil, maximum: Double? = nil) -> ExportColumn {
            ExportColumn(name: name, source: .answer(key: name), type: type, label: label, values: values,
                         minimum: minimum, maximum: maximum, allowsNotApplicable: na,
                         valuesAreClosed: question.type != .library && !values.isEmpty)
        }
        switch question.type {
        case .choice, .scale:
            let options = question.options?.options ?? []
            return [column(question.id, columnType(of: options), values: labels(options))]
        case .multi:
            let chosen = [ExportValueLabel(value: "1", label: ExportTexts.text("chosen", language)),
                          ExportValueLabel(value: "0", label: ExportTexts.text("not_chosen", language))]
            return (question.options?.options ?? []).map { option in
                ExportColumn(name: "\(question.id).\(option.value.canonical)", source: .option(key: question.id, value: option.value.canonical),
                             type: .boolean, label: "\(title) — \(text(option.label))", values: chosen, allowsNotApplicable: na,
                             valuesAreClosed: true)
            }
        case .matrix:
            let options = question.options?.options ?? []
            return question.items.map { item in
                column("\(question.id).\(item.id)", columnType(of: options), label: "\(title) — \(text(item.text))", values: labels(options))
            }
        case .importancePerformance:
            return question.items.flatMap { item in
                [("importance", question.importanceScale), ("performance", question.performanceScale)].map { dimension, scale in
                    let options = scale?.options ?? []
                    return column("\(question.id).\(item.id).\(dimension)", columnType(of: options),
                                  label: "\(title) — \(text(item.text)) (\(ExportTexts.text(dimension, language)))", values: labels(options))
                }
            }
        case .nps:
            return [column(question.id, .integer, minimum: 0, maximum: 10)]
        case .grade:
            return [column(question.id, .integer, minimum: 4, maximum: 10)]
        case .number:
            return [column(question.id, .number, minimum: question.minimum, maximum: question.maximum)]
        case .text, .shortText:
            return [column(question.id, .string)]
        case .library:
            let outlets = organisation?.outlets.map { ExportValueLabel(value: $0.id, label: text($0.name)) } ?? []
            return [column(question.id, .string, values: outlets)]
        }
    }
}
