import KaikuCore

extension ExportColumns {
    /// The codebook's header row.
    public static let codebookHeader = ["column", "type", "label", "values"]

    /// The codebook: a header, then one row per column: its name, type (integer, number,
    /// string, datetime, boolean), label (the question in the chosen language) and values
    /// (`1 = Täysin eri mieltä; 2 = …`, a range `4–10`, and `na = …` where "not applicable"
    /// may appear). A `multi` option column is 1 = chosen, 0 = not chosen, empty when the
    /// question was not answered.
    public var codebook: [[String]] {
        [Self.codebookHeader] + columns.map { [$0.name, $0.type.rawValue, $0.label, valuesDescription(of: $0)] }
    }

    /// The column's allowed values as one text, as the codebook shows them.
    public func valuesDescription(of column: ExportColumn) -> String {
        var parts = column.values.map(\.description)
        if column.values.isEmpty, column.minimum != nil || column.maximum != nil {
            let low = column.minimum.map(Self.number) ?? "", high = column.maximum.map(Self.number) ?? ""
            parts.append("\(low)–\(high)")
        }
        if column.allowsNotApplicable {
            parts.append(ExportValueLabel(value: AnswerValue.notApplicable.canonical, label: ExportTexts.text("not_applicable", language)).description)
        }
        return parts.joined(separator: "; ")
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
