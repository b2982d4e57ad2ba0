/// The two sides of an importance–performance item (`AnswerKeyTarget.dimension`: `importance`
/// or `performance`) named in the reader's language; anything else is shown as it is.
extension Texts {
    /// "Tärkeys", "Toimivuus": the dimension as the survey and the dashboard head it.
    func dimensionName(_ dimension: String) -> String {
        switch dimension {
        case "importance": self("survey_importance")
        case "performance": self("survey_performance")
        default: dimension
        }
    }

    /// "tärkeys", "onnistuminen": the dimension after an answer key in the results import.
    func importDimensionName(_ dimension: String) -> String {
        switch dimension {
        case "importance": self("results_import_dimension_importance")
        case "performance": self("results_import_dimension_performance")
        default: dimension
        }
    }
}
