import KaikuCore

/// The XML parts of a minimal .xlsx package, as ECMA-376 describes them.
enum XLSXParts {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    static let contentType = "application/vnd.openxmlformats-officedocument."

    static func contentTypes(sheetCount: Int) -> String {
        let sheets = (1...max(1, sheetCount)).map {
            #"<Override PartName="/xl/worksheets/sheet\#($0).xml" ContentType="\#(contentType)spreadsheetml.worksheet+xml"/>"#
        }
        return declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="\#(contentType)spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="\#(contentType)spreadsheetml.styles+xml"/>"#
            + #"<Override PartName="/xl/sharedStrings.xml" ContentType="\#(contentType)spreadsheetml.sharedStrings+xml"/>"#
            + #"<Override PartName="/docProps/app.xml" ContentType="\#(contentType)extended-properties+xml"/>"#
            + sheets.joined() + "</Types>"
    }

    static let rootRelationships = declaration + #"<Relationships xmlns="\#(packageRelationships)">"#
        + #"<Relationship Id="rId1" Type="\#(relationshipType)officeDocument" Target="xl/workbook.xml"/>"#
        + #"<Relationship Id="rId2" Type="\#(relationshipType)extended-properties" Target="docProps/app.xml"/>"#
        + "</Relationships>"

    static let appProperties = declaration
        + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
        + "<Application>Kaiku</Application></Properties>"

    static func workbook(_ names: [String]) -> String {
        let sheets = names.enumerated().map { index, name in
            #"<sheet name="\#(XMLText.escaped(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return declaration + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
            + "<sheets>" + sheets.joined() + "</sheets></workbook>"
    }

    /// Worksheets are rId1…rIdN, then styles and shared strings.
    static func workbookRelationships(sheetCount: Int) -> String {
        let sheets = (1...max(1, sheetCount)).map {
            #"<Relationship Id="rId\#($0)" Type="\#(relationshipType)worksheet" Target="worksheets/sheet\#($0).xml"/>"#
        }
        return declaration + #"<Relationships xmlns="\#(packageRelationships)">"# + sheets.joined()
            + #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationshipType)styles" Target="styles.xml"/>"#
            + #"<Relationship Id="rId\#(sheetCount + 2)" Type="\#(relationshipType)sharedStrings" Target="sharedStrings.xml"/>"#
            + "</Relationships>"
    }

    /// Style 0 is plain, style 1 bold (the header row).
    static let styles = declaration + #"<styleSheet xmlns="\#(mainNamespace)">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    static func sharedStrings(_ strings: SharedStrings) -> String {
        let items = strings.texts.map { text in
            let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
            return "<si><t" + (preserve ? #" xml:space="preserve""# : "") + ">" + XMLText.escaped(text) + "</t></si>"
        }
        return declaration + #"<sst xmlns="\#(mainNamespace)" count="\#(strings.uses)" uniqueCount="\#(strings.texts.count)">"#
            + items.joined() + "</sst>"
    }

    /// The sheet's non-empty cells as shared strings, the first row bold and frozen; below the
    /// header, cells of `numericColumns` that read as numbers as numbers.
    static func worksheet(_ sheet: Worksheet, strings: inout SharedStrings, numericColumns: Set<Int> = []) -> String {
        var rows: [String] = []
        for (rowIndex, row) in sheet.rows.enumerated() {
            var cells = ""
            for (columnIndex, text) in row.enumerated() where !text.isEmpty {
                let reference = CellReference.columnName(columnIndex) + String(rowIndex + 1)
                if rowIndex > 0, numericColumns.contains(columnIndex), isNumber(text) {
                    cells += #"<c r="\#(reference)"><v>\#(text)</v></c>"#
                    continue
                }
                let style = rowIndex == 0 ? #" s="1""# : ""
                cells += #"<c r="\#(reference)"\#(style) t="s"><v>\#(strings.index(of: text))</v></c>"#
            }
            if !cells.isEmpty { rows.append(#"<row r="\#(rowIndex + 1)">"# + cells + "</row>") }
        }
        let frozen = #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        return declaration + #"<worksheet xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
            + (sheet.rows.count > 1 ? frozen : "") + "<sheetData>" + rows.joined() + "</sheetData></worksheet>"
    }

    /// Whether `text` is a number as a cell's `<v>` holds it (xsd:double without spaces):
    /// `-12`, `2.5`, `1e-3`; not `na`, `1,5`, `.5`, `inf`.
    static func isNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func digits() -> Int {
            let count = bytes.prefix { (48...57).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        guard digits() > 0 else { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() > 0 else { return false }
        }
        if let first = bytes.first, first == UInt8(ascii: "e") || first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}
