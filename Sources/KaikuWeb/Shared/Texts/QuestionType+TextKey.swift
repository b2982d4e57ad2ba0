import KaikuCore

extension QuestionType {
    /// The catalogue key of the type's name in the editor ("Valinta", "Choice"), written out per
    /// case so that a new type cannot go without one.
    var nameKey: String {
        switch self {
        case .choice: "editor_type_choice"
        case .multi: "editor_type_multi"
        case .scale: "editor_type_scale"
        case .matrix: "editor_type_matrix"
        case .importancePerformance: "editor_type_importance_performance"
        case .nps: "editor_type_nps"
        case .grade: "editor_type_grade"
        case .text: "editor_type_text"
        case .shortText: "editor_type_short_text"
        case .number: "editor_type_number"
        case .library: "editor_type_library"
        }
    }
}
