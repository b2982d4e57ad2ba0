import Foundation

/// Walks the `survey` sheet: top-level groups become pages, questions outside any group go on
/// a page of their own, a group inside a page is flattened into it (its `relevant` passed on to
/// its questions), and `matrix`, `importance_performance` and `table-list` groups become one
/// question each.
struct XLSFormSurveyReader {
    static let usedFields: Set<String> = [
        "type", "name", "label", "required", "relevant", "relevance", "constraint", "appearance", "parameters",
        "kaiku::type", "kaiku::not_applicable", "kaiku::show_if",
    ]

    let table: XLSFormTable
    let listNames: Set<String>
    var warnings: [XLSFormWarning] = []
    private(set) var pages: [XLSFormPageDraft] = []
    /// XLSForm names of the questions kept, with their answer keys.
    var names = XLSFormNames()
    /// The `relevant` of each group that has one, with the group's row.
    private(set) var groupConditions: [(row: Int, source: String)] = []
    var questionIDs = XLSFormIDAllocator(rule: .key)
    private var pageIDs = XLSFormIDAllocator(rule: .slug)
    private var frames: [Frame] = []
    private var page: XLSFormPageDraft?
    var keptRows: [Int] = []

    private enum Frame {
        case page(name: String, row: Int, condition: Int?)
        case nested(name: String, row: Int, condition: Int?)
        case composite(XLSFormCompositeDraft)
    }

    static func read(_ table: XLSFormTable, listNames: Set<String>) -> XLSFormSurveyReader {
        var reader = XLSFormSurveyReader(table: table, listNames: listNames)
        reader.readRows()
        return reader
    }

    private init(table: XLSFormTable, listNames: Set<String>) {
        self.table = table
        self.listNames = listNames
    }

    mutating func warn(_ row: Int?, _ kind: XLSFormWarning.Kind) {
        warnings.append(XLSFormWarning(XLSFormPlace(sheet: table.name, row: row.map { $0 + 1 }), kind))
    }

    private mutating func readRows() {
        for row in table.dataRows {
            let type = table.value("type", in: row).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if type.isEmpty {
                if !table.isBlank(row) { warn(row, .rowWithoutType) }
                continue
            }
            switch type.lowercased().replacingOccurrences(of: "_", with: " ") {
            case "begin group": beginGroup(at: row)
            case "begin repeat":
                warn(row, .repeatAsGroup(table.value("name", in: row)))
                beginGroup(at: row)
            case "end group", "end repeat":
                if frames.isEmpty { warn(row, .unmatchedEnd(type)) } else { endGroup() }
            default:
                if let question = question(at: row, type: type) { add(question) }
            }
        }
        while let frame = frames.last {
            switch frame {
            case .page(let name, let row, _), .nested(let name, let row, _): warn(row, .unclosedGroup(name))
            case .composite(let composite): warn(composite.group.row, .unclosedGroup(composite.group.name))
            }
            endGroup()
        }
        closePage()
        for (column, rows) in table.unusedValues(besides: Self.usedFields, in: keptRows) {
            warnings.append(XLSFormWarning(XLSFormPlace(sheet: table.name), .columnLeftOut(column, rows: rows)))
        }
    }

    private mutating func beginGroup(at row: Int) {
        keptRows.append(row)
        let name = table.value("name", in: row)
        let kaikuType = table.value("kaiku::type", in: row)
        let kind: XLSFormCompositeDraft.Kind? = switch kaikuType {
        case QuestionType.matrix.rawValue: .matrix
        case QuestionType.importancePerformance.rawValue: .importancePerformance
        default: appearance(of: row).contains("table-list") ? .tableList : nil
        }
        if !kaikuType.isEmpty, kind == nil || kind == .tableList {
            warn(row, .kaikuTypeIgnored(kaikuType, type: table.value("type", in: row)))
        }
        let insideComposite = frames.contains { if case .composite = $0 { true } else { false } }
        if let kind, !insideComposite {
            frames.append(.composite(XLSFormCompositeDraft(kind: kind, group: draft(at: row, type: .matrix))))
            return
        }
        let condition = groupCondition(at: row)
        if insideComposite || frames.contains(where: { if case .page = $0 { true } else { false } }) {
            warn(row, .nestedGroupFlattened(name))
            frames.append(.nested(name: name, row: row, condition: condition))
            return
        }
        closePage()
        let id = pageIDs.id(for: name, fallback: "page\(pages.count + 1)", place: place(row), warnings: &warnings)
        page = XLSFormPageDraft(row: row, id: id, title: table.texts("label", in: row))
        frames.append(.page(name: name, row: row, condition: condition))
    }

    private mutating func endGroup() {
        switch frames.popLast() {
        case .composite(let composite): finish(composite)
        case .page: closePage()
        case .nested, nil: break
        }
    }

    private mutating func closePage() {
        if let page { pages.append(page) }
        page = nil
    }

    /// The conditions of the groups around the current row.
    var inheritedConditions: [Int] {
        frames.compactMap { frame in
            switch frame {
            case .page(_, _, let condition), .nested(_, _, let condition): condition
            case .composite: nil
            }
        }
    }

    /// Registers the `relevant` of a group row, if it has one.
    mutating func groupCondition(at row: Int) -> Int? {
        let source = table.value(["relevant", "relevance"], in: row)
        guard !source.isEmpty else { return nil }
        groupConditions.append((row, source))
        return groupConditions.count - 1
    }

    /// Puts a question read from a row into the matrix being read, or on the page.
    private mutating func add(_ question: XLSFormQuestionDraft) {
        if let index = frames.lastIndex(where: { if case .composite = $0 { true } else { false } }),
           case .composite(var composite) = frames[index] {
            composite.rows.append(question)
            frames[index] = .composite(composite)
        } else {
            var question = question
            question.id = questionIDs.id(for: question.name, fallback: "q\(question.row + 1)", place: place(question.row), warnings: &warnings)
            names.keys[question.name] = question.id
            if question.type == .multi { names.multi.insert(question.name) }
            addToPage(question)
        }
    }

    /// Adds a question whose id is set, opening a page for it when it is outside any group.
    mutating func addToPage(_ question: XLSFormQuestionDraft) {
        if page == nil {
            let id = pageIDs.fresh("page\(pages.count + 1)")
            warn(question.row, .questionsOutsideGroups(page: id))
            page = XLSFormPageDraft(row: question.row, id: id, title: [:])
        }
        page?.questions.append(question)
    }

    func place(_ row: Int) -> XLSFormPlace {
        XLSFormPlace(sheet: table.name, row: row + 1)
    }

    func appearance(of row: Int) -> [String] {
        table.value("appearance", in: row).lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
