import Foundation
import KaikuCore
import KaikuServices
import KaikuStore

extension ResultsImportPages {
    // MARK: Preview

    struct PreviewPage: Sendable {
        static let template = "staff-results-import-preview"

        var layout: LayoutModel
        var frame: Frame
        var filename: String
        var source: String
        var figures: [Figure]
        var error: String?
        var mappingProblems: [String]
        var hasMappingProblems: Bool
        var problems: [ProblemRow]
        var hasProblems: Bool
        var unmapped: [UnmappedRow]
        var hasUnmapped: Bool
        var notes: [String]
        var hasNotes: Bool
        var mappingHref: String
        var confirmAction: String
        var csrf: String?
        /// The whole file can be stored.
        var isClean: Bool
        /// Only the valid rows can be stored, if the user says so.
        var canImportValidRows: Bool
        var validOnlyText: String
        var cleanText: String
    }

    struct Figure: Sendable {
        var label: String
        var value: String
    }

    struct ProblemRow: Sendable {
        var row: String
        var column: String
        var value: String
        var reason: String
    }

    struct UnmappedRow: Sendable {
        var column: String
        var value: String
        var rows: String
    }

    static func preview(
        _ staff: StaffRequest, renderer: PageRenderer, target: ResultsFiles.Target, upload: ImportUpload, preview: ResultsImportPreview,
        error: String?
    ) -> PreviewPage {
        let t = renderer.texts(staff.language)
        let language = staff.language
        func number(_ value: Int) -> String { NumberFormat.grouped(value, in: language) }
        let summary = preview.summary
        let problems = preview.rows.flatMap { row -> [ImportProblem] in
            if case .rejected(let problems) = row.outcome { problems } else { [] }
        }
        var notes: [String] = []
        for (key, count) in summary.requiredMissing.sorted(by: { $0.key < $1.key }) {
            notes.append(t("results_import_note_required_missing", ["question": .text(key), "count": .number(Double(count))]))
        }
        for (key, count) in summary.hiddenAnswersLeftOut.sorted(by: { $0.key < $1.key }) {
            notes.append(t("results_import_note_hidden", ["question": .text(key), "count": .number(Double(count))]))
        }
        if !preview.newColumns.isEmpty {
            notes.append(t("results_import_note_new_columns", ["columns": .text(preview.newColumns.joined(separator: ", "))]))
        }
        if !preview.missingColumns.isEmpty {
            notes.append(t("results_import_note_missing_columns", ["columns": .text(preview.missingColumns.joined(separator: ", "))]))
        }
        return PreviewPage(
            layout: renderer.staffLayout(staff, title: t("results_import_preview_title")),
            frame: frame(staff, renderer: renderer, target: target), filename: upload.filename, source: upload.source,
            figures: [
                Figure(label: t("results_import_rows"), value: number(summary.rowsRead)),
                Figure(label: t("results_import_valid"), value: number(summary.valid)),
                Figure(label: t("results_import_rejected"), value: number(summary.rejected)),
                Figure(label: t("results_import_skipped"), value: number(summary.skippedEmpty)),
            ],
            error: error,
            mappingProblems: preview.mappingProblems.map { t($0.message.key, $0.message.arguments) },
            hasMappingProblems: !preview.mappingProblems.isEmpty,
            problems: problems.map { problem in
                ProblemRow(
                    row: number(problem.row), column: problem.column ?? "", value: problem.value ?? "",
                    reason: t(problem.message.key, problem.message.arguments)
                )
            },
            hasProblems: !problems.isEmpty,
            unmapped: summary.unmappedValues.map { UnmappedRow(column: $0.column, value: $0.value, rows: number($0.rows)) },
            hasUnmapped: !summary.unmappedValues.isEmpty,
            notes: notes, hasNotes: !notes.isEmpty,
            mappingHref: ResultsImportController.path(target.wave, upload.id),
            confirmAction: ResultsImportController.path(target.wave, upload.id) + "/confirm",
            csrf: staff.csrfToken,
            isClean: preview.isClean && summary.valid > 0,
            canImportValidRows: !preview.isClean && preview.canImportValidRows,
            validOnlyText: t(
                "results_import_confirm_valid", ["valid": .number(Double(summary.valid)), "rejected": .number(Double(summary.rejected))]
            ),
            cleanText: t("results_import_confirm_all", ["count": .number(Double(summary.valid))])
        )
    }

    // MARK: Done

    struct DonePage: Sendable {
        static let template = "staff-results-import-done"

        var layout: LayoutModel
        var frame: Frame
        var message: String
        var leftOut: String?
        var resultsHref: String
    }

    static func done(
        _ staff: StaffRequest, renderer: PageRenderer, target: ResultsFiles.Target, upload: ImportUpload, receipt: ResultsImportReceipt, rejected: Int
    ) -> DonePage {
        let t = renderer.texts(staff.language)
        return DonePage(
            layout: renderer.staffLayout(staff, title: t("results_import_done_title")),
            frame: frame(staff, renderer: renderer, target: target),
            message: t("results_import_done", [
                "count": .number(Double(receipt.stored)), "already": .number(Double(receipt.alreadyStored)), "source": .text(upload.source),
            ]),
            leftOut: rejected == 0 ? nil : t("results_import_done_left_out", ["count": .number(Double(rejected))]),
            resultsHref: "/staff/surveys/\(target.wave.survey)/results?wave=\(target.wave.id)"
        )
    }
}
