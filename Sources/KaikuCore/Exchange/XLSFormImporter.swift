/// Reads an XLSForm (https://xlsform.org) — one that ``XLSFormExporter`` wrote, or one made in
/// KoboToolbox, ODK or by hand — into a survey definition.
///
/// The definition is built as a document and checked by `SurveyDefinitionParser`, so every
/// rule of the format applies with its usual messages: a question without a text in one of the
/// survey's languages is a problem, as in YAML. What has no Kaiku equivalent (a `geopoint`, a
/// `calculate`, a `relevant` using arithmetic, …) is left out with a warning naming the row.
/// The mapping is ``XLSFormExporter``'s, read backwards; besides it:
/// - languages come from `label::Finnish (fi)`, `label::fi` or `label::Finnish` columns, the
///   `default_language` first; a plain `label` is in the default language;
/// - a top-level group is a page, questions outside any group share a page, a group inside a
///   page is flattened into it, its `relevant` joined (`and`) to each of its questions';
/// - a list used by two questions or more becomes a named scale (unless `kaiku::scales` lists
///   the scales), a list used once the question's own options;
/// - names are made valid ids (`age-group` → `age_group`) and the `relevant`s follow;
/// - `integer` and `range` become a `number` with its min and max (Kaiku takes decimals too),
///   `range` from 0 to 10 in steps of 1 an `nps`.
public enum XLSFormImporter {
    /// Reads the `survey`, `choices` and `settings` sheets of `sheets` (named in any case;
    /// other sheets are not read). Never fails: what is wrong is in the result.
    public static func definition(from sheets: [Worksheet]) -> XLSFormImport {
        var warnings: [XLSFormWarning] = []
        if sheets.sheet(named: "survey") == nil { warnings.append(XLSFormWarning(XLSFormPlace(sheet: "survey"), .missingSheet("survey"))) }
        var tables = ["survey", "choices", "settings"].map { XLSFormTable(sheets.sheet(named: $0), name: $0) }
        let languages = XLSFormLanguages.resolve(&tables, settings: tables[2], warnings: &warnings)
        let (survey, choices, settings) = (tables[0], tables[1], tables[2])
        let lists = XLSFormChoicesReader.lists(in: choices, warnings: &warnings)
        let reader = XLSFormSurveyReader.read(survey, listNames: Set(lists.map(\.name)))
        warnings += reader.warnings

        var conditions = XLSFormConditions(names: reader.names, sheet: survey.name)
        var pages = reader.pages
        for pageIndex in pages.indices {
            for questionIndex in pages[pageIndex].questions.indices {
                let question = pages[pageIndex].questions[questionIndex]
                pages[pageIndex].questions[questionIndex].showIf = conditions.showIf(of: question, groupConditions: reader.groupConditions)
            }
        }
        warnings += conditions.warnings

        var builder = XLSFormDocumentBuilder(languages: languages, lists: lists, choicesSheet: choices.name, surveySheet: survey.name, settings: settings)
        let scales = scaleLists(pages: pages, lists: lists, settings: settings)
        let document = builder.document(pages: pages, scales: scales, questionKeys: reader.names.keys)
        warnings += builder.warnings
        warnings += settingsColumnsLeftOut(settings)
        let definition = Result { () throws(SurveyDefinitionError) in try SurveyDefinitionParser.parse(document) }
        return XLSFormImport(definition: definition, warnings: ordered(warnings), locations: builder.locations)
    }

    /// The lists that are named scales: those `kaiku::scales` names; else each list that two
    /// questions or more use (a matrix counts once) and each list of an importance–performance
    /// question, which must be a named scale; in the order of the choices sheet.
    private static func scaleLists(pages: [XLSFormPageDraft], lists: [XLSFormChoiceList], settings: XLSFormTable) -> [String] {
        if settings.has("kaiku::scales") {
            return settings.value("kaiku::scales", in: 1).split(whereSeparator: \.isWhitespace).map(String.init)
        }
        var uses: [String: Int] = [:]
        for question in pages.flatMap(\.questions) {
            if let list = question.list { uses[list, default: 0] += 1 }
            for list in [question.importanceList, question.performanceList].compactMap({ $0 }) { uses[list, default: 0] += 2 }
        }
        return lists.map(\.name).filter { uses[$0, default: 0] >= 2 }
    }

    static let settingsFields: Set<String> = [
        "form_title", "form_id", "version", "default_language", "kaiku::scales", "kaiku::title", "kaiku::intro",
        "kaiku::thanks", "kaiku::form",
    ]

    private static func settingsColumnsLeftOut(_ settings: XLSFormTable) -> [XLSFormWarning] {
        settings.unusedValues(besides: settingsFields, in: Array(settings.dataRows)).map { column, rows in
            XLSFormWarning(XLSFormPlace(sheet: settings.name), .columnLeftOut(column, rows: rows))
        }
    }

    /// Survey, choices, settings; within a sheet by row, what concerns the whole sheet first.
    private static func ordered(_ warnings: [XLSFormWarning]) -> [XLSFormWarning] {
        let sheets = ["survey", "choices", "settings"]
        return warnings.enumerated().sorted { left, right in
            let l = (sheets.firstIndex(of: left.element.place.sheet) ?? 3, left.element.place.row ?? 0, left.offset)
            let r = (sheets.firstIndex(of: right.element.place.sheet) ?? 3, right.element.place.row ?? 0, right.offset)
            return l < r
        }.map(\.element)
    }
}
