import Foundation

/// Reads the workbook part and the shared strings part.
enum XLSXPartParsers {
    /// The workbook's sheets in order: each name with its relationship id.
    static func sheets(in data: Data, part: String) throws(XLSXError) -> [(name: String, relationship: String)] {
        var sheets: [(name: String, relationship: String)] = []
        try XMLEvents.parse(data, part: part, start: { name, attributes in
            // `r:id` reads `id` once its prefix is off; `sheetId` is another attribute.
            if name == "sheet", let sheetName = attributes["name"], let id = attributes["id"] {
                sheets.append((sheetName, id))
            }
        })
        return sheets
    }

    /// The shared strings in order. A string is its `<t>` text, or the `<t>` texts of its rich
    /// text runs (`<r><t>…</t></r>`) joined; phonetic hints (`<rPh>`) are not part of it.
    static func sharedStrings(in data: Data, part: String) throws(XLSXError) -> [String] {
        var strings: [String] = []
        var current = "", inText = false, phoneticDepth = 0
        try XMLEvents.parse(data, part: part, start: { name, _ in
            switch name {
            case "si": current = ""
            case "rPh": phoneticDepth += 1
            case "t": inText = phoneticDepth == 0
            default: break
            }
        }, end: { name in
            switch name {
            case "si": strings.append(XMLText.unescapedOffice(current))
            case "rPh": phoneticDepth -= 1
            case "t": inText = false
            default: break
            }
        }, text: { text in
            if inText { current += text }
        })
        return strings
    }
}
