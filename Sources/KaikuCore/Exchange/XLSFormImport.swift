/// What ``XLSFormImporter`` made of an XLSForm: the survey definition, or every rule of the
/// format it breaks, and what could not be taken over as it was.
public struct XLSFormImport: Sendable {
    /// The definition, checked by `SurveyDefinitionParser`; or its problems, each with its path
    /// in the definition (``place(of:)`` tells where that is in the sheets).
    public var definition: Result<SurveyDefinition, SurveyDefinitionError>
    /// Each in sheet and row order: `survey row 14: type 'geopoint' has no Kaiku equivalent; …`.
    public var warnings: [XLSFormWarning]
    /// The sheet row each path of the built document came from.
    let locations: [String: XLSFormPlace]

    init(definition: Result<SurveyDefinition, SurveyDefinitionError>, warnings: [XLSFormWarning], locations: [String: XLSFormPlace]) {
        self.definition = definition
        self.warnings = warnings
        self.locations = locations
    }

    /// Where in the sheets `problem` is: the row of the question, option or item its path
    /// names (`pages[2].questions[4].show_if` → `survey row 14`), else the settings.
    public func place(of problem: DefinitionProblem) -> XLSFormPlace? {
        var path = Substring(problem.path)
        while true {
            if let place = locations[String(path)] { return place }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return locations[""] }
            path = path[..<cut]
        }
    }
}
