/// One choice of an XLSForm list: its `name` is the Kaiku option value.
struct XLSFormChoice {
    /// 0-based row index in the sheet.
    let row: Int
    let name: String
    let labels: [String: String]
    /// Set by `kaiku::value_type` `text`: a value such as `"1"` that must stay text.
    let isText: Bool

    /// A whole number written as one (`3`, not `03`) is a number, as a YAML definition reads it.
    var value: DocumentNode {
        if !isText, let number = Int(name), String(number) == name { return .integer(number) }
        return .string(name)
    }
}

/// A list of the choices sheet, in the order written.
struct XLSFormChoiceList {
    let name: String
    var choices: [XLSFormChoice]
}

/// Reads the `choices` sheet into its lists.
enum XLSFormChoicesReader {
    static let usedFields: Set<String> = ["list_name", "list name", "name", "label", "kaiku::value_type"]

    static func lists(in table: XLSFormTable, warnings: inout [XLSFormWarning]) -> [XLSFormChoiceList] {
        var lists: [XLSFormChoiceList] = []
        var kept: [Int] = []
        for row in table.dataRows where !table.isBlank(row) {
            let list = table.value(["list_name", "list name"], in: row)
            let name = table.value("name", in: row)
            guard !list.isEmpty, !name.isEmpty else {
                warnings.append(XLSFormWarning(XLSFormPlace(sheet: table.name, row: row + 1), .choiceWithoutList))
                continue
            }
            let choice = XLSFormChoice(
                row: row, name: name, labels: table.texts("label", in: row),
                isText: table.value("kaiku::value_type", in: row).lowercased() == "text"
            )
            if let index = lists.firstIndex(where: { $0.name == list }) {
                lists[index].choices.append(choice)
            } else {
                lists.append(XLSFormChoiceList(name: list, choices: [choice]))
            }
            kept.append(row)
        }
        for (column, rows) in table.unusedValues(besides: usedFields, in: kept) {
            warnings.append(XLSFormWarning(XLSFormPlace(sheet: table.name), .columnLeftOut(column, rows: rows)))
        }
        return lists
    }
}
