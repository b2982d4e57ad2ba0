import KaikuCore
import KaikuServices

/// The forms (subsets of questions): a table of questions by form.
struct EditorFormsModel: Sendable {
    static let template = "editor-forms"

    var layout: LayoutModel
    var frame: EditorFrame
    var csrf: String
    var editable: Bool
    var forms: [Form]
    var hasForms: Bool
    var questions: [QuestionRow]
    var newName: SingleField

    struct Form: Sendable {
        var name: String
        var anchor: String
        var errors: [String]
        var hasErrors: Bool
    }

    struct QuestionRow: Sendable {
        var id: String
        var text: String
        var cells: [Cell]
    }

    struct Cell: Sendable {
        var id: String
        var name: String
        var value: String
        var checked: Bool
        var label: String
    }
}

extension EditorFormsModel {
    /// The forms of `workspace`, with the new form's name as posted and its problem, if any.
    init(_ workspace: SurveyWorkspace, newName: String, newNameError: String?, notice: String?, page: StaffPageContext) {
        let t = page.t
        let document = workspace.document
        let problems = EditorProblems.of(workspace, t: t)
        let names = document.formNames
        let members = Dictionary(
            names.map { name in (name, Set((document.root["forms"]?[name]?.elements ?? []).compactMap(\.scalarText))) },
            uniquingKeysWith: { first, _ in first }
        )
        let questions = document.questionPlaces.map { place in
            let node = document.root[path: place.path.appending("text")]
            let text = LocalizedTextReader.text(node, language: page.language, fallbacks: workspace.languages)
            return QuestionRow(id: place.id, text: text, cells: names.map { name in
                Cell(
                    id: "f-form-\(name)-\(place.page)-\(place.index)", name: "form_\(name)", value: place.id,
                    checked: members[name]?.contains(place.id) ?? false,
                    label: t("editor_form_cell", ["form": .text(name), "question": .text(place.id)])
                )
            })
        }
        let forms = names.map { name in
            let errors = problems?.messages(at: DocumentPath("forms").appending(name)) ?? []
            return Form(name: name, anchor: "form-\(name)", errors: errors, hasErrors: !errors.isEmpty)
        }
        self.init(
            layout: page.layout(t("editor_tab_forms")),
            frame: EditorFrame(workspace, page: .forms, problems: problems?.summary ?? [], notice: notice, t: t, language: page.language),
            csrf: page.csrf, editable: workspace.draft != nil, forms: forms, hasForms: !forms.isEmpty, questions: questions,
            newName: SingleField(
                "f-new_name", name: "new_name", label: t("editor_new_form_name"), value: newName, errors: newNameError.map { [$0] } ?? [],
                hint: t("editor_form_hint")
            )
        )
    }
}
