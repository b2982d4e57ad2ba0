/// What every chart says about itself: the id prefix that makes its element ids unique on the
/// page, and the title and description a screen reader announces for the whole image.
struct ChartHeading: Sendable, Equatable {
    let id: String
    let title: String
    let description: String

    /// `id` is kept to letters, digits, `-` and `_` (anything else becomes `-`), because
    /// `aria-labelledby` is a space-separated list of ids.
    init(id: String, title: String, description: String) {
        self.id = String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
        self.title = title
        self.description = description
    }

    var titleID: String { "\(id)-title" }
    var descriptionID: String { "\(id)-desc" }

    /// The whole document: the root element, its title and description, then `body`.
    func svg(kind: String, height: Double, body: String) -> String {
        var builder = SVGBuilder()
        builder.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "chart \(kind)"),
            ("role", "img"),
            ("aria-labelledby", "\(titleID) \(descriptionID)"),
            ("viewBox", "0 0 \(SVGBuilder.number(ChartLayout.width)) \(SVGBuilder.number(max(height, ChartLayout.emptyHeight)))"),
            ("width", "100%"),
            ("preserveAspectRatio", "xMidYMin meet"),
        ])
        builder.open("title", [("id", titleID)])
        builder.raw(SVGBuilder.escaped(title))
        builder.close("title")
        builder.open("desc", [("id", descriptionID)])
        builder.raw(SVGBuilder.escaped(description))
        builder.close("desc")
        builder.raw(body)
        builder.close("svg")
        return builder.markup
    }
}
