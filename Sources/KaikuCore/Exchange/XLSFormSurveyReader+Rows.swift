/// Reading one question row, and turning a matrix or importance–performance group into one
/// question.
extension XLSFormSurveyReader {
    /// The common cells of a row.
    func draft(at row: Int, type: QuestionType) -> XLSFormQuestionDraft {
        XLSFormQuestionDraft(
            row: row, name: table.value("name", in: row), xlsType: table.value("type", in: row), type: type,
            text: table.texts("label", in: row), required: false,
            notApplicable: XLSFormTable.flag(table.value("kaiku::not_applicable", in: row)) ?? false,
            relevant: table.value(["relevant", "relevance"], in: row), kaikuShowIf: table.text("kaiku::show_if", in: row),
            inherited: inheritedConditions
        )
    }

    /// The question of a row, or nil (with a warning) when Kaiku has nothing like it.
    mutating func question(at row: Int, type: String) -> XLSFormQuestionDraft? {
        let words = type.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased() }
        let (base, rest): (String, ArraySlice<String>) = switch lower {
        case _ where lower.starts(with: ["select", "one", "from", "file"]): ("select_one_from_file", words.dropFirst(4))
        case _ where lower.starts(with: ["select", "all", "that", "apply"]): ("select_multiple", words.dropFirst(4))
        case _ where lower.starts(with: ["select", "one"]): ("select_one", words.dropFirst(2))
        case _ where lower.starts(with: ["select", "multiple"]): ("select_multiple", words.dropFirst(2))
        default: (lower[0], words.dropFirst())
        }
        let argument = rest.first ?? ""
        let appearance = appearance(of: row)
        let kaikuType = table.value("kaiku::type", in: row)
        var draft = draft(at: row, type: .shortText)
        let allowed: Set<QuestionType>
        switch base {
        case "select_one":
            (draft.type, allowed) = (appearance.contains("likert") ? .scale : .choice, [.choice, .scale, .grade, .library])
        case "select_multiple": (draft.type, allowed) = (.multi, [.multi])
        case "select_one_from_file" where kaikuType == QuestionType.library.rawValue: (draft.type, allowed) = (.library, [.library])
        case "select_one_from_file", "select_multiple_from_file":
            warn(row, .choicesFromFile(type))
            return nil
        case "text": (draft.type, allowed) = (appearance.contains("multiline") ? .text : .shortText, [.text, .shortText])
        case "integer", "int", "decimal": (draft.type, allowed) = (.number, [.number])
        case "range":
            let range = XLSFormTable.rangeParameters(table.value("parameters", in: row))
            let isNPS = range.start == 0 && range.end == 10 && range.step == 1
            (draft.type, allowed) = (isNPS ? .nps : .number, [.nps, .number])
            (draft.minimum, draft.maximum) = (range.start, range.end)
        case "note":
            warn(row, .noteLeftOut(draft.name))
            return nil
        case "calculate":
            warn(row, .calculationLeftOut(draft.name))
            return nil
        default:
            warn(row, .unsupportedType(type))
            return nil
        }
        if !kaikuType.isEmpty {
            if let chosen = QuestionType(rawValue: kaikuType), allowed.contains(chosen) {
                draft.type = chosen
            } else {
                warn(row, .kaikuTypeIgnored(kaikuType, type: type))
            }
        }
        if draft.type != .number { (draft.minimum, draft.maximum) = (nil, nil) }
        if draft.type == .number, base != "decimal" { warn(row, .readAsNumber(type)) }
        if rest.dropFirst().contains(where: { $0.lowercased() == "or_other" }) { warn(row, .orOtherDropped) }
        if base.hasPrefix("select"), ![.grade, .library].contains(draft.type) {
            draft.list = argument
            if !listNames.contains(argument) { warn(row, .missingList(argument)) }
        }
        readRequiredAndConstraint(into: &draft, base: base)
        keptRows.append(row)
        return draft
    }

    private mutating func readRequiredAndConstraint(into draft: inout XLSFormQuestionDraft, base: String) {
        let required = table.value("required", in: draft.row)
        if let flag = XLSFormTable.flag(required) {
            draft.required = flag
        } else {
            warn(draft.row, .requiredNotMapped(required))
        }
        let constraint = table.value("constraint", in: draft.row)
        guard !constraint.isEmpty else { return }
        if draft.type == .number, base != "range", let bounds = XLSFormTable.bounds(of: constraint) {
            (draft.minimum, draft.maximum) = bounds
        } else {
            warn(draft.row, .constraintNotMapped(constraint))
        }
    }

    mutating func finish(_ composite: XLSFormCompositeDraft) {
        let selects = composite.rows.filter { [.choice, .scale].contains($0.type) && $0.list != nil }
        switch composite.kind {
        case .importancePerformance:
            addImportancePerformance(composite)
        case .matrix:
            addMatrix(composite)
        case .tableList where !selects.isEmpty && selects.count == composite.rows.count
            && Set(selects.compactMap(\.list)).count == 1:
            addMatrix(composite)
        case .tableList:
            // Not a grid of one list: its rows are questions of their own, under its condition.
            let condition = groupCondition(at: composite.group.row)
            for var row in composite.rows {
                row.inherited += condition.map { [$0] } ?? []
                row.id = questionIDs.id(for: row.name, fallback: "q\(row.row + 1)", place: place(row.row), warnings: &warnings)
                names.keys[row.name] = row.id
                if row.type == .multi { names.multi.insert(row.name) }
                addToPage(row)
            }
        }
    }

    private mutating func addMatrix(_ composite: XLSFormCompositeDraft) {
        var question = composite.group
        question.type = .matrix
        question.id = questionIDs.id(for: question.name, fallback: "q\(question.row + 1)", place: place(question.row), warnings: &warnings)
        names.keys[question.name] = question.id
        var itemIDs = XLSFormIDAllocator(rule: .key)
        var lists: [String] = []
        for row in composite.rows {
            guard [.choice, .scale].contains(row.type), let list = row.list else {
                warn(row.row, .matrixRowLeftOut(row.xlsType))
                continue
            }
            let itemID = itemIDs.id(for: itemName(row.name, in: question.name), fallback: "item\(question.items.count + 1)", place: place(row.row), warnings: &warnings)
            names.keys[row.name] = "\(question.id).\(itemID)"
            if !row.relevant.isEmpty || !row.kaikuShowIf.isEmpty { warn(row.row, .itemConditionLeftOut) }
            question.items.append(XLSFormItemDraft(row: row.row, id: itemID, text: row.text))
            question.required = question.required || row.required
            lists.append(list)
        }
        question.list = lists.first
        if let first = lists.first, lists.contains(where: { $0 != first }) {
            warn(question.row, .matrixListsDiffer(question.name, used: first))
        }
        addToPage(question)
    }

    private mutating func addImportancePerformance(_ composite: XLSFormCompositeDraft) {
        var question = composite.group
        question.type = .importancePerformance
        question.id = questionIDs.id(for: question.name, fallback: "q\(question.row + 1)", place: place(question.row), warnings: &warnings)
        names.keys[question.name] = question.id
        var itemIDs = XLSFormIDAllocator(rule: .key)
        var idOfItem: [String: String] = [:]
        for row in composite.rows {
            let name = itemName(row.name, in: question.name)
            guard [.choice, .scale].contains(row.type), let list = row.list, let dot = name.lastIndex(of: "."),
                  case let dimension = String(name[name.index(after: dot)...]), ["importance", "performance"].contains(dimension)
            else {
                warn(row.row, .importancePerformanceRowLeftOut(row.name))
                continue
            }
            let item = String(name[..<dot])
            if idOfItem[item] == nil {
                let id = itemIDs.id(for: item, fallback: "item\(question.items.count + 1)", place: place(row.row), warnings: &warnings)
                idOfItem[item] = id
                question.items.append(XLSFormItemDraft(row: row.row, id: id, text: row.text))
            }
            names.keys[row.name] = "\(question.id).\(idOfItem[item] ?? item).\(dimension)"
            if dimension == "importance" {
                question.importanceList = question.importanceList ?? list
            } else {
                question.performanceList = question.performanceList ?? list
            }
            question.required = question.required || row.required
        }
        addToPage(question)
    }

    /// A row's name without the `question.` its exporter put before it.
    private func itemName(_ name: String, in question: String) -> String {
        name.hasPrefix(question + ".") ? String(name.dropFirst(question.count + 1)) : name
    }
}
