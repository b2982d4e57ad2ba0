/// The indicators for the whole selection and for each group of one dimension.
struct GroupTable: Sendable {
    var caption: String
    var columns: [String]
    var rows: [Row]
    var svg: String?
    var npsSVG: String?

    struct Row: Sendable {
        var heading: String
        var nested: Bool
        var cells: [String]
    }
}
