/// Writes a survey definition as an XLSForm (https://xlsform.org): `survey`, `choices` and
/// `settings` sheets that KoboToolbox and ODK read, with what XLSForm has no column for kept in
/// `kaiku::` columns, so that ``XLSFormImporter`` gives back the very same definition.
///
/// How Kaiku's types are written:
/// - a page is a `begin group`/`end group` (appearance `field-list`) named by its id;
/// - `choice`/`multi` are `select_one`/`select_multiple` of the scale's list, or of a list named
///   after the question for inline options; `scale` is a `select_one` with appearance `likert`;
/// - `text` is `text` with appearance `multiline`, `short_text` plain `text`;
/// - `number` is `decimal` with `constraint` `. >= min and . <= max`;
/// - `nps` is `range` with `start=0 end=10 step=1` (a number, as Kaiku stores it);
/// - `grade` is a `select_one` of the list `kaiku_grade` (4–10), `kaiku::type` `grade`;
/// - `library` is `select_one_from_file kaiku_outlets.csv`, `kaiku::type` `library`: the outlets
///   come from the organisation when the survey runs, so another tool needs that file attached;
/// - `matrix` is a group (appearance `table-list`, `kaiku::type` `matrix`) of one `select_one`
///   per item, each named by its answer key (`staff.friendly`);
/// - `importance_performance` is a group (`kaiku::type` `importance_performance`) of two
///   `select_one`s per item, named `services.courtesy.importance` and `….performance`.
public enum XLSFormExporter {
    /// The file a `library` question names for its choices.
    public static let outletsFile = "kaiku_outlets.csv"
    static let npsParameters = "start=0 end=10 step=1"

    /// The `survey`, `choices` and `settings` sheets of `definition`. `version` fills the
    /// settings' `version` (ODK wants it to grow with each published change).
    public static func sheets(for definition: SurveyDefinition, version: String? = nil) -> [Worksheet] {
        let lists = XLSFormListNames(definition)
        return [
            surveySheet(definition, lists: lists),
            choicesSheet(definition, lists: lists),
            settingsSheet(definition, version: version),
        ]
    }

    static let surveyColumns = [
        "required", "relevant", "constraint", "appearance", "parameters", "kaiku::type", "kaiku::not_applicable", "kaiku::show_if",
    ]

    private static func surveySheet(_ definition: SurveyDefinition, lists: XLSFormListNames) -> Worksheet {
        let labels = XLSFormTextColumns(field: "label", languages: definition.languages)
        var sheet = XLSFormSheetBuilder(
            name: "survey", columns: ["type", "name"] + labels.headers + surveyColumns,
            alwaysShown: Set(["type", "name"] + labels.headers)
        )
        let names = exportedNames(definition)
        for page in definition.pages {
            sheet.append(["type": "begin group", "name": page.id, "appearance": "field-list"].adding(labels.cells(page.title)))
            for question in page.questions {
                for row in rows(for: question, labels: labels, lists: lists, names: names) { sheet.append(row) }
            }
            sheet.append(["type": "end group", "name": page.id])
        }
        return sheet.worksheet
    }

    private static func rows(for question: Question, labels: XLSFormTextColumns, lists: XLSFormListNames, names: XLSFormNames) -> [XLSFormSheetBuilder.Row] {
        var row: XLSFormSheetBuilder.Row = ["name": question.id]
        row = row.adding(labels.cells(question.text)).adding(condition(question.showIf, names: names))
        if question.notApplicable { row["kaiku::not_applicable"] = "yes" }
        let required: XLSFormSheetBuilder.Row = question.required ? ["required": "yes"] : [:]
        let list = question.options.map { lists.name(of: $0, question: question.id) } ?? ""
        switch question.type {
        case .choice: row["type"] = "select_one \(list)"
        case .multi: row["type"] = "select_multiple \(list)"
        case .scale: row = row.adding(["type": "select_one \(list)", "appearance": "likert"])
        case .grade: row = row.adding(["type": "select_one \(lists.grade)", "kaiku::type": "grade"])
        case .nps: row = row.adding(["type": "range", "parameters": npsParameters])
        case .text: row = row.adding(["type": "text", "appearance": "multiline"])
        case .shortText: row["type"] = "text"
        case .library: row = row.adding(["type": "select_one_from_file \(outletsFile)", "kaiku::type": "library"])
        case .number:
            let bounds = [question.minimum.map { ". >= \(DefinitionProblem.format($0))" },
                          question.maximum.map { ". <= \(DefinitionProblem.format($0))" }].compactMap { $0 }
            row = row.adding(["type": "decimal", "constraint": bounds.joined(separator: " and ")])
        case .matrix:
            row = row.adding(["type": "begin group", "appearance": "table-list", "kaiku::type": "matrix"])
            let items = question.items.map { item in
                ["type": "select_one \(list)", "name": "\(question.id).\(item.id)"].adding(labels.cells(item.text)).adding(required)
            }
            return [row] + items + [["type": "end group", "name": question.id]]
        case .importancePerformance:
            row = row.adding(["type": "begin group", "appearance": "field-list", "kaiku::type": "importance_performance"])
            let importance = question.importanceScale.map { lists.name(of: $0, question: question.id) } ?? ""
            let performance = question.performanceScale.map { lists.name(of: $0, question: question.id) } ?? ""
            let items = question.items.flatMap { item in
                [("importance", importance), ("performance", performance)].map { dimension, list in
                    ["type": "select_one \(list)", "name": "\(question.id).\(item.id).\(dimension)"]
                        .adding(labels.cells(item.text)).adding(required)
                }
            }
            return [row] + items + [["type": "end group", "name": question.id]]
        }
        return [row.adding(required)]
    }

    /// `relevant`, plus `kaiku::show_if` when reading that `relevant` back would not give the
    /// `show_if` exactly as written (other spacing, `in […]`, a text with both quotes).
    private static func condition(_ condition: ShowIfCondition?, names: XLSFormNames) -> XLSFormSheetBuilder.Row {
        guard let condition else { return [:] }
        let relevant = XLSFormRelevant.xpath(condition.expression)
        let readBack = try? XPathConditionParser.expression(from: relevant, names: names).get()
        return readBack?.description == condition.source
            ? ["relevant": relevant]
            : ["relevant": relevant, "kaiku::show_if": condition.source]
    }

    /// The names the exported sheet gives: every answer key and question id as itself.
    static func exportedNames(_ definition: SurveyDefinition) -> XLSFormNames {
        var names = XLSFormNames()
        for question in definition.questions {
            for key in [question.id] + question.answerKeys { names.keys[key] = key }
            if question.type == .multi { names.multi.insert(question.id) }
        }
        return names
    }
}
