/// The list names of an exported XLSForm: each named scale by its name, each question's inline
/// options by the question's id, and the grade list — each made unique, since a question id
/// may equal a scale name.
struct XLSFormListNames {
    private var inline: [String: String] = [:]
    let grade: String

    init(_ definition: SurveyDefinition) {
        var taken = Set(definition.scales.map(\.name))
        func unique(_ base: String) -> String {
            var name = base, counter = 1
            while taken.contains(name) {
                counter += 1
                name = "\(base)_\(counter)"
            }
            taken.insert(name)
            return name
        }
        for question in definition.questions {
            if case .inline = question.options { inline[question.id] = unique(question.id) }
        }
        grade = unique("kaiku_grade")
    }

    func name(of source: OptionSource, question: String) -> String {
        switch source {
        case .scale(let name, _): name
        case .inline: inline[question] ?? question
        }
    }
}

extension XLSFormExporter {
    static func choicesSheet(_ definition: SurveyDefinition, lists: XLSFormListNames) -> Worksheet {
        let labels = XLSFormTextColumns(field: "label", languages: definition.languages)
        var sheet = XLSFormSheetBuilder(
            name: "choices", columns: ["list_name", "name"] + labels.headers + ["kaiku::value_type"],
            alwaysShown: Set(["list_name", "name"] + labels.headers)
        )
        func append(_ options: [ChoiceOption], list: String) {
            for option in options {
                var row = ["list_name": list, "name": option.value.canonical].adding(labels.cells(option.label))
                // A text that reads as a whole number would come back as a number without this.
                if case .text(let text) = option.value, Int(text).map(String.init) == text {
                    row["kaiku::value_type"] = "text"
                }
                sheet.append(row)
            }
        }
        for scale in definition.scales { append(scale.options, list: scale.name) }
        for question in definition.questions {
            if let options = question.options, case .inline(let inline) = options {
                append(inline, list: lists.name(of: options, question: question.id))
            }
        }
        if definition.questions.contains(where: { $0.type == .grade }) {
            let grades = (4...10).map { grade in
                ChoiceOption(value: .integer(grade), label: LocalizedText(Dictionary(uniqueKeysWithValues: definition.languages.map { ($0, String(grade)) })))
            }
            append(grades, list: lists.grade)
        }
        return sheet.worksheet
    }

    /// `form_title` holds the title in the default language (XLSForm has one title); the other
    /// languages, the intro and thanks texts, the scale names and the forms go in `kaiku::`
    /// columns: `kaiku::title::Swedish (sv)`, `kaiku::scales`, `kaiku::form::doorstep`.
    static func settingsSheet(_ definition: SurveyDefinition, version: String?) -> Worksheet {
        let otherLanguages = Array(definition.languages.dropFirst())
        let titles = XLSFormTextColumns(field: "kaiku::title", languages: otherLanguages)
        let intros = XLSFormTextColumns(field: "kaiku::intro", languages: definition.languages)
        let thanks = XLSFormTextColumns(field: "kaiku::thanks", languages: definition.languages)
        let forms = definition.forms.map { "kaiku::form::\($0.name)" }
        var sheet = XLSFormSheetBuilder(
            name: "settings",
            columns: ["form_title", "form_id", "version", "default_language", "kaiku::scales"]
                + titles.headers + intros.headers + thanks.headers + forms,
            alwaysShown: ["form_title", "form_id", "default_language", "kaiku::scales"]
        )
        var row: XLSFormSheetBuilder.Row = [
            "form_title": definition.title.translations[definition.defaultLanguage] ?? "",
            "form_id": definition.id,
            "version": version ?? "",
            "default_language": XLSFormLanguage.columnName(of: definition.defaultLanguage),
            "kaiku::scales": definition.scales.map(\.name).joined(separator: " "),
        ]
        row = row.adding(titles.cells(definition.title)).adding(intros.cells(definition.intro)).adding(thanks.cells(definition.thanks))
        for form in definition.forms {
            row["kaiku::form::\(form.name)"] = form.questionIDs.joined(separator: " ")
        }
        sheet.append(row)
        return sheet.worksheet
    }
}
