/// Writes SVG markup into a string. Every attribute value and text passes through `escaped`, and
/// every coordinate through `number`, so no chart can emit an unescaped label or "NaN".
struct SVGBuilder: Sendable {
    private(set) var markup = ""

    /// Text safe inside XML elements and double- or single-quoted attributes, escaped per
    /// Unicode scalar (a `"` with a combining mark after it is still a `"`).
    static func escaped(_ text: String) -> String {
        HTMLText.escaped(text)
    }

    /// A coordinate with at most two decimals and a point, whatever the locale; a value that is
    /// not finite becomes 0 so that a bad input shifts a shape instead of breaking the document,
    /// and a huge one is held to ±10⁷ so that it cannot overflow `Int`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((min(max(value, -1e7), 1e7) * 100).rounded())
        if hundredths == 0 { return "0" }
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    mutating func raw(_ text: String) {
        markup += text
    }

    /// `<name a="v"…>`, or `<name a="v"…/>` when `selfClosing`.
    mutating func open(_ name: String, _ attributes: [(String, String)], selfClosing: Bool = false) {
        markup += "<\(name)"
        for (key, value) in attributes {
            markup += " \(key)=\"\(Self.escaped(value))\""
        }
        markup += selfClosing ? "/>" : ">"
    }

    mutating func close(_ name: String) {
        markup += "</\(name)>"
    }

    /// An element whose only child is an optional tooltip.
    mutating func element(_ name: String, _ attributes: [(String, String)], title: String? = nil) {
        guard let title else {
            open(name, attributes, selfClosing: true)
            return
        }
        open(name, attributes)
        markup += "<title>\(Self.escaped(title))</title>"
        close(name)
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, class className: String, title: String? = nil) {
        element("rect", [
            ("class", className), ("x", Self.number(x)), ("y", Self.number(y)),
            ("width", Self.number(max(0, width))), ("height", Self.number(max(0, height))),
        ], title: title)
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, class className: String) {
        element("line", [
            ("class", className), ("x1", Self.number(x1)), ("y1", Self.number(y1)),
            ("x2", Self.number(x2)), ("y2", Self.number(y2)),
        ])
    }

    mutating func circle(cx: Double, cy: Double, r: Double, class className: String, title: String? = nil) {
        element("circle", [
            ("class", className), ("cx", Self.number(cx)), ("cy", Self.number(cy)), ("r", Self.number(r)),
        ], title: title)
    }

    /// One `<text>`; several lines become `<tspan>`s one `lineHeight` apart. `title` is the full
    /// text when the lines had to be shortened.
    mutating func text(
        _ lines: [String], x: Double, y: Double, lineHeight: Double = ChartLayout.lineHeight,
        class className: String, anchor: TextAnchor = .start, title: String? = nil, rotated: Bool = false
    ) {
        var attributes = [("class", className), ("x", Self.number(x)), ("y", Self.number(y))]
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        // A y axis title reads bottom to top.
        if rotated { attributes.append(("transform", "rotate(-90 \(Self.number(x)) \(Self.number(y)))")) }
        open("text", attributes)
        if let title { markup += "<title>\(Self.escaped(title))</title>" }
        if lines.count == 1 {
            markup += Self.escaped(lines[0])
        } else {
            for (index, line) in lines.enumerated() {
                markup += "<tspan x=\"\(Self.number(x))\" y=\"\(Self.number(y + Double(index) * lineHeight))\">"
                markup += Self.escaped(line) + "</tspan>"
            }
        }
        close("text")
    }

    mutating func text(_ text: String, x: Double, y: Double, class className: String, anchor: TextAnchor = .start, title: String? = nil) {
        self.text([text], x: x, y: y, class: className, anchor: anchor, title: title)
    }

    /// A label fitted to `width`: wrapped onto at most `maxLines` lines, the full text in a
    /// tooltip when it had to be cut. Returns the height it took.
    @discardableResult
    mutating func label(
        _ label: String, x: Double, y: Double, width: Double, fontSize: Double = ChartLayout.labelSize,
        maxLines: Int = 2, class className: String = "chart-label", anchor: TextAnchor = .start
    ) -> Double {
        let fitted = TextFit.lines(label, width: width, fontSize: fontSize, maxLines: maxLines)
        text(fitted.lines, x: x, y: y, class: className, anchor: anchor, title: fitted.isShortened ? label : nil)
        return Double(fitted.lines.count) * ChartLayout.lineHeight
    }
}

enum TextAnchor: String, Sendable {
    case start, middle, end
}
