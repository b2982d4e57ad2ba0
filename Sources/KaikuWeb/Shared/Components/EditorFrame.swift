import KaikuCore
import KaikuServices
import KaikuStore

/// The parts every page about one survey shares, the editor's and the waves': which survey, its
/// state, the tabs, and the draft's problems (each linked to its place).
struct EditorFrame: Sendable {
    var surveyID: String
    /// The survey's editor addresses, for the templates' forms: `{{frame.paths.publish}}`.
    var paths: Paths
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

    /// One survey's editor addresses from `StaffPath` (stored, since templates read by reflection).
    struct Paths: Sendable {
        let edit, startDraft, pages, scales, forms, source, publish, discard: String

        init(survey: String) {
            edit = StaffPath.edit(survey: survey)
            startDraft = StaffPath.startDraft(survey: survey)
            pages = StaffPath.pages(survey: survey)
            scales = StaffPath.scales(survey: survey)
            forms = StaffPath.forms(survey: survey)
            source = StaffPath.source(survey: survey)
            publish = StaffPath.publish(survey: survey)
            discard = StaffPath.discard(survey: survey)
        }
    }

    /// The tabs, in their order.
    enum Page: String, CaseIterable, Sendable {
        case edit, scales, forms, source, preview, waves

        func href(survey: String) -> String {
            switch self {
            case .edit: StaffPath.edit(survey: survey)
            case .scales: StaffPath.scales(survey: survey)
            case .forms: StaffPath.forms(survey: survey)
            case .source: StaffPath.source(survey: survey)
            case .preview: StaffPath.preview(survey: survey)
            case .waves: StaffPath.waves(survey: survey)
            }
        }

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
        let status: String
        if let draft = workspace.draft {
            status = draft.basedOnVersion.map { t("editor_status_draft_of", ["version": .number(Double($0))]) } ?? t("editor_status_new")
        } else {
            status = t("editor_status_published", ["version": .number(Double(workspace.published?.version ?? 0))])
        }
        self.init(
            surveyID: workspace.survey, paths: Paths(survey: workspace.survey), surveyTitle: workspace.title(in: language), status: status,
            tabs: Page.allCases.map { Tab(href: $0.href(survey: workspace.survey), text: $0.text(t), current: $0 == page) },
            problems: problems, hasProblems: !problems.isEmpty,
            problemCount: t("editor_problem_count", ["count": .number(Double(problems.count))]),
            notice: notice, hasDraft: workspace.draft != nil
        )
    }
}
