/// Where something is in an XLSForm: a sheet and, usually, a row as the spreadsheet numbers
/// it (the header is row 1). Reads `survey row 14`.
public struct XLSFormPlace: Sendable, Hashable, CustomStringConvertible {
    public var sheet: String
    public var row: Int?

    public init(sheet: String, row: Int? = nil) {
        self.sheet = sheet
        self.row = row
    }

    public var description: String { row.map { "\(sheet) row \($0)" } ?? sheet }
}

/// Something of an imported XLSForm that Kaiku could not take over as it was, and what was done
/// instead: `survey row 14: type 'geopoint' has no Kaiku equivalent; the question was left out`.
public struct XLSFormWarning: Sendable, Hashable, CustomStringConvertible {
    public var place: XLSFormPlace
    public var kind: Kind

    public init(_ place: XLSFormPlace, _ kind: Kind) {
        self.place = place
        self.kind = kind
    }

    public var description: String { "\(place): \(kind.message)" }

    public enum Kind: Sendable, Hashable {
        case missingSheet(String)
        case unsupportedType(String)
        case noteLeftOut(String)
        case calculationLeftOut(String)
        case choicesFromFile(String)
        case orOtherDropped
        case repeatAsGroup(String)
        case readAsNumber(String)
        case relevantNotMapped(String, XLSFormExpressionProblem, group: Bool)
        case showIfReplaced(showIf: String, relevant: String)
        case constraintNotMapped(String)
        case requiredNotMapped(String)
        case kaikuTypeIgnored(String, type: String)
        case renamed(String, to: String)
        case columnLeftOut(String, rows: [Int])
        case rowWithoutType
        case choiceWithoutList
        case missingList(String)
        case questionsOutsideGroups(page: String)
        case nestedGroupFlattened(String)
        case unmatchedEnd(String)
        case unclosedGroup(String)
        case matrixListsDiffer(String, used: String)
        case matrixRowLeftOut(String)
        case importancePerformanceRowLeftOut(String)
        case itemConditionLeftOut
        case titleFilledIn(missing: String, from: String)
        case languageWithoutCode(String)
        case defaultLanguageGuessed(String)
        case unknownDefaultLanguage(String)

        public var message: String {
            switch self {
            case .missingSheet(let name): "the workbook has no '\(name)' sheet"
            case .unsupportedType(let type): "type '\(type)' has no Kaiku equivalent; the question was left out"
            case .noteLeftOut(let name): "note '\(name)' was left out: Kaiku has no notes"
            case .calculationLeftOut(let name): "calculation '\(name)' was left out: Kaiku does not calculate values"
            case .choicesFromFile(let type):
                "type '\(type)' takes its choices from a file, which Kaiku cannot read; the question was left out"
            case .orOtherDropped: "'or_other' was dropped: Kaiku has no 'Other' option with a text box"
            case .repeatAsGroup(let name): "repeat '\(name)' was read as a plain group: Kaiku asks its questions once"
            case .readAsNumber(let type):
                "type '\(type)' was read as a Kaiku number, which takes any number between its min and max"
            case .relevantNotMapped(let source, let problem, let group):
                "relevant '\(source)' could not be mapped: \(problem); \(group ? "the group's questions are" : "the question is") shown always"
            case .showIfReplaced(let showIf, let relevant):
                "kaiku::show_if '\(showIf)' no longer matches relevant '\(relevant)'; relevant was used"
            case .constraintNotMapped(let source):
                "constraint '\(source)' could not be mapped (Kaiku checks only a number's min and max, as in '. >= 0 and . <= 120'); the answer is not checked"
            case .requiredNotMapped(let value): "required '\(value)' is not yes or no; the question is optional"
            case .kaikuTypeIgnored(let kaikuType, let type): "kaiku::type '\(kaikuType)' does not fit type '\(type)'; it was ignored"
            case .renamed(let name, let id): "name '\(name)' was changed to '\(id)', a valid Kaiku id"
            case .columnLeftOut(let column, let rows):
                "column '\(column)' is not used by Kaiku; its values (\(rows.count == 1 ? "row" : "rows") \(rows.map(String.init).joined(separator: ", "))) were left out"
            case .rowWithoutType: "the row has no type; it was left out"
            case .choiceWithoutList: "the row has no list_name or no name; it was left out"
            case .missingList(let name): "list '\(name)' is not on the choices sheet"
            case .questionsOutsideGroups(let page): "questions outside any group were put on page '\(page)'"
            case .nestedGroupFlattened(let name): "group '\(name)' is inside another group; its questions were put on the page around it"
            case .unmatchedEnd(let type): "'\(type)' has no matching begin; it was ignored"
            case .unclosedGroup(let name): "group '\(name)' has no end; it was closed at the end of the sheet"
            case .matrixListsDiffer(let name, let list): "the rows of matrix '\(name)' use different lists; list '\(list)' was used for all"
            case .matrixRowLeftOut(let type): "a matrix row must be a select_one; this '\(type)' row was left out"
            case .importancePerformanceRowLeftOut(let name):
                "row '\(name)' of an importance_performance group is not named ITEM.importance or ITEM.performance; it was left out"
            case .itemConditionLeftOut: "relevant on a matrix row was left out: Kaiku shows every row of a matrix"
            case .titleFilledIn(let missing, let from):
                "form_title has no \(XLSFormLanguage.columnName(of: missing)) translation; the \(XLSFormLanguage.columnName(of: from)) title was used"
            case .languageWithoutCode(let column):
                "column '\(column)' names a language without a code (write it as 'label::Finnish (fi)'); the column was left out"
            case .unknownDefaultLanguage(let spec):
                "default_language '\(spec)' names a language without a code (write it as 'Finnish (fi)'); it was left out"
            case .defaultLanguageGuessed(let code):
                "no default_language is set; the texts in column 'label' were read as \(XLSFormLanguage.columnName(of: code))"
            }
        }
    }
}

/// Why an XLSForm `relevant` expression has no `show_if` equivalent.
public enum XLSFormExpressionProblem: Error, Sendable, Hashable, CustomStringConvertible {
    case function(String)
    case arithmetic(String)
    case currentQuestion(String)
    case unknownName(String)
    case twoQuestions(String, String)
    case notANumber(String, comparison: String)
    case emptyText(comparison: String)
    case syntax(String)

    public var description: String {
        switch self {
        case .function(let name): "the function \(name)() has no show_if equivalent"
        case .arithmetic(let symbol): "arithmetic ('\(symbol)') has no show_if equivalent"
        case .currentQuestion(let path): "'\(path)' (a path, not a ${name}) has no show_if equivalent"
        case .unknownName(let name): "'${\(name)}' names no question that Kaiku kept"
        case .twoQuestions(let left, let right):
            "comparing two questions ('${\(left)}' with '${\(right)}') has no show_if equivalent"
        case .notANumber(let value, let comparison): "'\(comparison)' needs a number, not '\(value)'"
        case .emptyText(let comparison): "only = and != can compare with '', not '\(comparison)'"
        case .syntax(let detail): detail
        }
    }
}
