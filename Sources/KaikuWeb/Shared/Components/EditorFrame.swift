import KaikuCore
import KaikuServices
import KaikuStore

/// The parts every page about one survey shares, the editor's and the waves': which survey, its
/// state, the tabs, and the draft's problems (each linked to its place).
struct EditorFrame: Sendable {
    var surveyID: String
    var surveyTitle: String
    /// "Draft of version 3", "New survey, not published yet", "Published version 2".
    var status: String
    var tabs: [Tab]
    var problems: [ErrorSummaryItem]
    var hasProblems: Bool
    var problemCount: String
    /// A line such as "Published as version 2." after an action.
    var notice: String?
    var hasDraft: Bool

    struct Tab: Sendable {
        var href: String
        var text: String
        var current: Bool
    }

    /// The tabs, in their order, each with the last part of its address.
    enum Page: String, CaseIterable, Sendable {
        case edit, scales, forms, source, preview, waves

        func text(_ t: Texts) -> String {
            switch self {
            case .edit: t("editor_tab_overview")
            case .scales: t("editor_tab_scales")
            case .forms: t("editor_tab_forms")
            case .source: t("editor_tab_source")
            case .preview: t("editor_tab_preview")
            case .waves: t("waves_tab")
            }
        }
    }
}

extension EditorFrame {
    /// The frame of `workspace` on the tab `page`; `problems` are the draft's, as the editor lists
    /// them (the waves' pages leave them to the editor).
    init(_ workspace: SurveyWorkspace, page: Page, problems: [ErrorSummaryItem], notice: String?, t: Texts, language: String) {
        let base = "/staff/surveys/\(workspace.survey)"
        let status: String
        if let draft = workspace.draft {
            status = draft.basedOnVersion.map { t("editor_status_draft_of", ["version": .number(Double($0))]) } ?? t("editor_status_new")
        } else {
            status = t("editor_status_published", ["version": .number(Double(workspace.published?.version ?? 0))])
        }
        self.init(
            surveyID: workspace.survey, surveyTitle: workspace.title(in: language), status: status,
            tabs: Page.allCases.map { Tab(href: "\(base)/\($0.rawValue)", text: $0.text(t), current: $0 == page) },
            problems: problems, hasProblems: !problems.isEmpty,
            problemCount: t("editor_problem_count", ["count": .number(Double(problems.count))]),
            notice: notice, hasDraft: workspace.draft != nil
        )
    }
}
