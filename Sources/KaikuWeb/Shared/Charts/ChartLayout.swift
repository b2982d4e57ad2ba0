/// Sizes shared by the charts, in viewBox units. The viewBox is narrow (320 units) so that on a
/// 320 px phone the text is drawn close to its CSS size; the stylesheet caps the width on larger
/// screens. Font sizes here must match the `.chart-*` font sizes in kaiku.css, because labels
/// are fitted by estimated width.
enum ChartLayout {
    static let width: Double = 320
    /// The height of a chart with nothing to draw.
    static let emptyHeight: Double = 24
    static let labelSize: Double = 12
    static let valueSize: Double = 11
    static let lineHeight: Double = 15
    static let barHeight: Double = 18
    static let rowGap: Double = 10
    /// Room at the right for a value such as "100 %" or "+100".
    static let valueColumn: Double = 44
    /// From a text line's top to its baseline.
    static let baseline: Double = 11
}
