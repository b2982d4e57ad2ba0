import Foundation

/// Builds the definition document from what was read of the sheets, noting for each path of
/// the document the sheet row it came from, so a problem the definition's rules find can be
/// shown where it is in the spreadsheet.
struct XLSFormDocumentBuilder {
    let languages: [String]
    let lists: [XLSFormChoiceList]
    let choicesSheet: String
    let surveySheet: String
    let settings: XLSFormTable
    /// The list names that are named scales, with the scale name each has.
    var scaleNames: [String: String] = [:]
    private(set) var warnings: [XLSFormWarning] = []
    private(set) var locations: [String: XLSFormPlace] = [:]

    init(languages: [String], lists: [XLSFormChoiceList], choicesSheet: String, surveySheet: String, settings: XLSFormTable) {
        self.languages = languages
        self.lists = lists
        self.choicesSheet = choicesSheet
        self.surveySheet = surveySheet
        self.settings = settings
    }

    mutating func document(pages: [XLSFormPageDraft], scales: [String], questionKeys: [String: String]) -> DocumentNode {
        let settingsPlace = XLSFormPlace(sheet: settings.name, row: settings.sheet.rows.count > 1 ? 2 : nil)
        locations[""] = settingsPlace
        var entries: [DocumentNode.Entry] = [.init("kaiku", .integer(SurveyDefinition.formatVersion))]
        let formID = settings.value("form_id", in: 1)
        if !formID.isEmpty {
            var allocator = XLSFormIDAllocator(rule: .slug)
            entries.append(.init("id", .string(allocator.id(for: formID, fallback: "survey", place: settingsPlace, warnings: &warnings))))
        }
        if let title = title(at: settingsPlace) { entries.append(.init("title", text(title))) }
        for field in ["intro", "thanks"] {
            let texts = settings.texts("kaiku::\(field)", in: 1)
            if !texts.isEmpty { entries.append(.init(field, text(texts))) }
        }
        entries.append(.init("languages", .sequence(languages.map(DocumentNode.string))))
        if !scales.isEmpty { entries.append(.init("scales", scalesNode(scales))) }
        entries.append(.init("pages", .sequence(pages.enumerated().map { pageNode($1, path: "pages[\($0)]") })))
        let forms = formsNode(questionKeys: questionKeys)
        if !forms.isEmpty { entries.append(.init("forms", .mapping(forms))) }
        return .mapping(entries)
    }

    /// The title by language: `form_title` for the default language, `kaiku::title::…` for the
    /// others; a language with neither gets `form_title`, since XLSForm has one title only.
    private mutating func title(at place: XLSFormPlace) -> [String: String]? {
        let formTitle = settings.value("form_title", in: 1)
        var title = settings.texts("kaiku::title", in: 1)
        guard let first = languages.first, !formTitle.isEmpty || !title.isEmpty else { return nil }
        if title[first] == nil, !formTitle.isEmpty { title[first] = formTitle }
        for language in languages where title[language] == nil && !formTitle.isEmpty {
            title[language] = formTitle
            warnings.append(XLSFormWarning(place, .titleFilledIn(missing: language, from: first)))
        }
        return title
    }

    private mutating func scalesNode(_ scales: [String]) -> DocumentNode {
        var allocator = XLSFormIDAllocator(rule: .slug)
        var entries: [DocumentNode.Entry] = []
        for listName in scales {
            let list = lists.first { $0.name == listName }
            let place = XLSFormPlace(sheet: list.map { _ in choicesSheet } ?? settings.name, row: list.map { $0.choices[0].row + 1 })
            let name = allocator.id(for: listName, fallback: "scale", place: place, warnings: &warnings)
            scaleNames[listName] = name
            locations["scales.\(name)"] = place
            entries.append(.init(name, optionsNode(list, path: "scales.\(name)")))
        }
        return .mapping(entries)
    }

    private mutating func optionsNode(_ list: XLSFormChoiceList?, path: String) -> DocumentNode {
        .sequence((list?.choices ?? []).enumerated().map { index, choice in
            locations["\(path)[\(index)]"] = XLSFormPlace(sheet: choicesSheet, row: choice.row + 1)
            return .mapping([.init("value", choice.value), .init("label", text(choice.labels))])
        })
    }

    private mutating func pageNode(_ page: XLSFormPageDraft, path: String) -> DocumentNode {
        locations[path] = XLSFormPlace(sheet: surveySheet, row: page.row + 1)
        var entries: [DocumentNode.Entry] = [.init("id", .string(page.id))]
        if !page.title.isEmpty { entries.append(.init("title", text(page.title))) }
        let questions = page.questions.enumerated().map { questionNode($1, path: "\(path).questions[\($0)]") }
        entries.append(.init("questions", .sequence(questions)))
        return .mapping(entries)
    }

    private mutating func questionNode(_ question: XLSFormQuestionDraft, path: String) -> DocumentNode {
        locations[path] = XLSFormPlace(sheet: surveySheet, row: question.row + 1)
        var entries: [DocumentNode.Entry] = [
            .init("id", .string(question.id)), .init("type", .string(question.type.rawValue)), .init("text", text(question.text)),
        ]
        if question.required { entries.append(.init("required", .boolean(true))) }
        if let showIf = question.showIf { entries.append(.init("show_if", .string(showIf))) }
        if question.notApplicable { entries.append(.init("not_applicable", .boolean(true))) }
        if question.type.takesOptions, let listName = question.list {
            if let scale = scaleNames[listName] {
                entries.append(.init("scale", .string(scale)))
            } else if let list = lists.first(where: { $0.name == listName }) {
                entries.append(.init("options", optionsNode(list, path: "\(path).options")))
            }
        }
        if !question.items.isEmpty {
            entries.append(.init("items", .sequence(question.items.enumerated().map { index, item in
                locations["\(path).items[\(index)]"] = XLSFormPlace(sheet: surveySheet, row: item.row + 1)
                return .mapping([.init("id", .string(item.id)), .init("text", text(item.text))])
            })))
        }
        for (key, list) in [("importance_scale", question.importanceList), ("performance_scale", question.performanceList)] {
            if let list { entries.append(.init(key, .string(scaleNames[list] ?? list))) }
        }
        if let minimum = question.minimum { entries.append(.init("min", DocumentNode(number: minimum))) }
        if let maximum = question.maximum { entries.append(.init("max", DocumentNode(number: maximum))) }
        return .mapping(entries)
    }

    /// `kaiku::form::doorstep` → `forms.doorstep`: the question names in order, as ids.
    private mutating func formsNode(questionKeys: [String: String]) -> [DocumentNode.Entry] {
        settings.columns.filter { $0.header.field == "kaiku::form" }.compactMap { column in
            guard let name = column.header.qualifier else { return nil }
            locations["forms.\(name)"] = XLSFormPlace(sheet: settings.name, row: 2)
            let names = settings.sheet.cell(1, column.index).split(whereSeparator: \.isWhitespace).map(String.init)
            return .init(name, .sequence(names.map { .string(questionKeys[$0] ?? $0) }))
        }
    }

    /// A text by language, in the survey's language order.
    private func text(_ texts: [String: String]) -> DocumentNode {
        let ordered = languages.filter { texts[$0] != nil } + texts.keys.filter { !languages.contains($0) }.sorted()
        return .mapping(ordered.compactMap { language in texts[language].map { .init(language, .string($0)) } })
    }
}
