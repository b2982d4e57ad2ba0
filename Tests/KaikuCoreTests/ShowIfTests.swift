import KaikuCore
import Testing

@Suite("show_if")
struct ShowIfTests {
    // MARK: - Equality, lists, has, answered

    @Test("== holds when the answer is the option value")
    func equalMatchesOptionValue() throws {
        let expression = try ShowIfExpression.parse("used_unstaffed_hours == 'yes'")
        #expect(expression == .compare(key: "used_unstaffed_hours", .equal, .text("yes")))
        #expect(expression.evaluate(["used_unstaffed_hours": .text("yes")]))
        #expect(!expression.evaluate(["used_unstaffed_hours": .text("no")]))
    }

    @Test("an unanswered question makes == false")
    func unansweredMakesEqualFalse() throws {
        let expression = try ShowIfExpression.parse("used_unstaffed_hours == 'yes'")
        #expect(!expression.evaluate([:]))
        #expect(!expression.evaluate(["other": .text("yes")]))
    }

    @Test("!= holds for a different answer and not for the same one")
    func notEqualComparesAnswers() throws {
        let expression = try ShowIfExpression.parse("web_frequency != 'never'")
        #expect(expression.evaluate(["web_frequency": .text("weekly")]))
        #expect(!expression.evaluate(["web_frequency": .text("never")]))
    }

    @Test("an unanswered question makes != false")
    func unansweredMakesNotEqualFalse() throws {
        let expression = try ShowIfExpression.parse("web_frequency != 'never'")
        #expect(!expression.evaluate([:]))
        #expect(!expression.evaluate(["web_frequency": .text("")]))
        // The way to say "unless the answer was never", which holds while unanswered:
        #expect(try ShowIfExpression.parse("not web_frequency == 'never'").evaluate([:]))
    }

    @Test("== and != compare canonical strings, so 9, 9.0 and '9' all equal the answer 9")
    func equalityComparesCanonicalStrings() throws {
        for source in ["grade == 9", "grade == '9'", "grade == 9.0"] {
            let expression = try ShowIfExpression.parse(source)
            #expect(expression.evaluate(["grade": .integer(9)]), "\(source)")
            #expect(expression.evaluate(["grade": .text("9")]), "\(source)")
            #expect(expression.evaluate(["grade": .decimal(9)]), "\(source)")
            #expect(!expression.evaluate(["grade": .integer(8)]), "\(source)")
        }
        #expect(try ShowIfExpression.parse("x == 2.5").evaluate(["x": .decimal(2.5)]))
        #expect(try ShowIfExpression.parse("x == '2.5'").evaluate(["x": .decimal(2.5)]))
        #expect(try ShowIfExpression.parse("grade != 9").evaluate(["grade": .integer(10)]))
        #expect(!(try ShowIfExpression.parse("grade != '9'").evaluate(["grade": .integer(9)])))
    }

    @Test("a quoted '9.0' is text and does not equal the answer 9")
    func quotedDecimalIsText() throws {
        #expect(!(try ShowIfExpression.parse("grade == '9.0'").evaluate(["grade": .integer(9)])))
    }

    @Test("'na' is an ordinary value for == and !=")
    func notApplicableComparesAsText() throws {
        #expect(try ShowIfExpression.parse("nps == 'na'").evaluate(["nps": .notApplicable]))
        #expect(try ShowIfExpression.parse("nps != 5").evaluate(["nps": .notApplicable]))
    }

    @Test("in holds when the answer is one of the listed values")
    func inMatchesListedValue() throws {
        let expression = try ShowIfExpression.parse("age in ['15-24', '25-44']")
        #expect(expression == .oneOf(key: "age", [.text("15-24"), .text("25-44")]))
        #expect(expression.evaluate(["age": .text("25-44")]))
        #expect(!expression.evaluate(["age": .text("45-64")]))
        #expect(!expression.evaluate([:]))
    }

    @Test("in compares numbers and quoted numbers canonically")
    func inComparesCanonically() throws {
        let expression = try ShowIfExpression.parse("grade in [9, '10']")
        #expect(expression.evaluate(["grade": .integer(10)]))
        #expect(expression.evaluate(["grade": .text("9")]))
        #expect(!expression.evaluate(["grade": .integer(8)]))
    }

    @Test("has holds when the multi answer contains the value")
    func hasFindsValueInList() throws {
        let expression = try ShowIfExpression.parse("has(help_channels, 'phone')")
        #expect(expression == .has(key: "help_channels", .text("phone")))
        #expect(expression.evaluate(["help_channels": .list([.text("desk"), .text("phone")])]))
        #expect(!expression.evaluate(["help_channels": .list([.text("desk"), .text("chat")])]))
        #expect(!expression.evaluate(["help_channels": .list([])]))
        #expect(!expression.evaluate([:]))
    }

    @Test("has compares canonically and treats a scalar answer as a list of itself")
    func hasComparesCanonically() throws {
        #expect(try ShowIfExpression.parse("has(days, 3)").evaluate(["days": .list([.integer(1), .integer(3)])]))
        #expect(try ShowIfExpression.parse("has(days, '3')").evaluate(["days": .list([.integer(3)])]))
        #expect(try ShowIfExpression.parse("has(channel, 'phone')").evaluate(["channel": .text("phone")]))
    }

    @Test("answered holds for any present answer that is not an empty text or list")
    func answeredNeedsNonEmptyAnswer() throws {
        let expression = try ShowIfExpression.parse("answered(three_words)")
        #expect(expression == .answered(key: "three_words"))
        #expect(expression.evaluate(["three_words": .text("quiet warm open")]))
        #expect(expression.evaluate(["three_words": .notApplicable]))
        #expect(expression.evaluate(["three_words": .integer(0)]))
        #expect(expression.evaluate(["three_words": .list([.text("a")])]))
        #expect(!expression.evaluate(["three_words": .text("")]))
        #expect(!expression.evaluate(["three_words": .list([])]))
        #expect(!expression.evaluate([:]))
    }

    @Test("a dotted answer key reads a matrix item")
    func dottedKeyReadsMatrixItem() throws {
        let expression = try ShowIfExpression.parse("staff.friendly >= 4")
        #expect(expression == .compare(key: "staff.friendly", .greaterOrEqual, .integer(4)))
        #expect(expression.evaluate(["staff.friendly": .integer(5)]))
        #expect(!expression.evaluate(["staff": .integer(5)]))
        #expect(try ShowIfExpression.parse("services.courtesy.importance == 5")
            .evaluate(["services.courtesy.importance": .integer(5)]))
    }

    // MARK: - Ordering

    @Test("ordering operators compare numbers", arguments: [
        ("nps < 7", AnswerValue.integer(6), true), ("nps < 7", .integer(7), false),
        ("nps <= 7", .integer(7), true), ("nps <= 7", .integer(8), false),
        ("nps > 8", .integer(9), true), ("nps > 8", .integer(8), false),
        ("grade >= 9", .integer(9), true), ("grade >= 9", .decimal(8.5), false),
        ("grade >= 8.5", .decimal(8.5), true), ("grade > 8.5", .integer(9), true),
        ("temperature < -2", .integer(-3), true), ("temperature < -2", .integer(-2), false),
        ("grade >= '9'", .integer(10), true), ("nps < 7", .text("6"), true),
        ("nps < 7", .notApplicable, false), ("nps >= 0", .notApplicable, false),
        ("nps < 7", .text("six"), false), ("nps < 7", .list([.integer(3)]), false),
    ])
    func orderingComparesNumbers(source: String, answer: AnswerValue, holds: Bool) throws {
        let expression = try ShowIfExpression.parse(source)
        #expect(expression.evaluate(["nps": answer, "grade": answer, "temperature": answer]) == holds)
        #expect(!expression.evaluate([:]))
    }

    @Test("not of a false ordering on 'na' holds")
    func notOfOrderingOnNotApplicable() throws {
        #expect(try ShowIfExpression.parse("not nps < 7").evaluate(["nps": .notApplicable]))
    }

    // MARK: - Precedence and parentheses

    @Test("not binds tighter than and")
    func notBindsTighterThanAnd() throws {
        let expression = try ShowIfExpression.parse("not a == 'x' and b == 'y'")
        #expect(expression == .and([
            .not(.compare(key: "a", .equal, .text("x"))),
            .compare(key: "b", .equal, .text("y")),
        ]))
        #expect(expression.evaluate(["a": .text("z"), "b": .text("y")]))
        #expect(!expression.evaluate(["a": .text("x"), "b": .text("y")]))
    }

    @Test("and binds tighter than or")
    func andBindsTighterThanOr() throws {
        let expression = try ShowIfExpression.parse("a == 1 or b == 1 and c == 1")
        #expect(expression == .or([
            .compare(key: "a", .equal, .integer(1)),
            .and([.compare(key: "b", .equal, .integer(1)), .compare(key: "c", .equal, .integer(1))]),
        ]))
        #expect(expression.evaluate(["a": .integer(1)]))
        #expect(!expression.evaluate(["b": .integer(1)]))
        #expect(expression.evaluate(["b": .integer(1), "c": .integer(1)]))
    }

    @Test("parentheses group before and")
    func parenthesesGroup() throws {
        let expression = try ShowIfExpression.parse("(a == 1 or b == 1) and c == 1")
        #expect(expression == .and([
            .or([.compare(key: "a", .equal, .integer(1)), .compare(key: "b", .equal, .integer(1))]),
            .compare(key: "c", .equal, .integer(1)),
        ]))
        #expect(!expression.evaluate(["a": .integer(1)]))
        #expect(expression.evaluate(["a": .integer(1), "c": .integer(1)]))
    }

    @Test("a chain of and or of or is one flat operand list")
    func chainsAreFlat() throws {
        let and = try ShowIfExpression.parse("a == 1 and b == 1 and c == 1")
        #expect(and == .and(["a", "b", "c"].map { .compare(key: $0, .equal, .integer(1)) }))
        let or = try ShowIfExpression.parse("a == 1 or b == 1 or c == 1")
        #expect(or == .or(["a", "b", "c"].map { .compare(key: $0, .equal, .integer(1)) }))
        #expect(!and.evaluate(["a": .integer(1), "b": .integer(1)]))
        #expect(or.evaluate(["c": .integer(1)]))
    }

    @Test("not applies to a parenthesised group and can repeat")
    func notOfGroupAndDoubleNot() throws {
        let group = try ShowIfExpression.parse("not (a == 1 or b == 1)")
        #expect(group == .not(.or([.compare(key: "a", .equal, .integer(1)), .compare(key: "b", .equal, .integer(1))])))
        #expect(group.evaluate([:]))
        #expect(!group.evaluate(["b": .integer(1)]))
        let double = try ShowIfExpression.parse("not not answered(a)")
        #expect(double == .not(.not(.answered(key: "a"))))
        #expect(double.evaluate(["a": .integer(1)]))
    }

    @Test("redundant parentheses and whitespace do not change the expression")
    func parenthesesAndWhitespaceAreTransparent() throws {
        let plain = try ShowIfExpression.parse("a == 'x' and b == 'y'")
        #expect(try ShowIfExpression.parse("((a=='x'))and(b   ==\n\t'y')") == plain)
    }

    // MARK: - Literals

    @Test("strings may use single or double quotes, escapes and any characters")
    func stringQuoting() throws {
        #expect(try ShowIfExpression.parse("a == \"yes\"") == .compare(key: "a", .equal, .text("yes")))
        #expect(try ShowIfExpression.parse("a == \"don't\"") == .compare(key: "a", .equal, .text("don't")))
        #expect(try ShowIfExpression.parse(#"a == 'don\'t'"#) == .compare(key: "a", .equal, .text("don't")))
        #expect(try ShowIfExpression.parse(#"a == "say \"hi\"""#) == .compare(key: "a", .equal, .text("say \"hi\"")))
        #expect(try ShowIfExpression.parse(#"a == 'back\\slash'"#) == .compare(key: "a", .equal, .text(#"back\slash"#)))
        #expect(try ShowIfExpression.parse("a == 'Täysin samaa mieltä 👍'")
            .evaluate(["a": .text("Täysin samaa mieltä 👍")]))
        #expect(try ShowIfExpression.parse("a == ''") == .compare(key: "a", .equal, .text("")))
        #expect(try ShowIfExpression.parse("a == 'and or not ( )'") == .compare(key: "a", .equal, .text("and or not ( )")))
    }

    @Test("numbers are integers or decimals, optionally negative or with an exponent")
    func numberLiterals() throws {
        #expect(try ShowIfExpression.parse("n == 42") == .compare(key: "n", .equal, .integer(42)))
        #expect(try ShowIfExpression.parse("n == -3") == .compare(key: "n", .equal, .integer(-3)))
        #expect(try ShowIfExpression.parse("n == 2.5") == .compare(key: "n", .equal, .decimal(2.5)))
        #expect(try ShowIfExpression.parse("n == 1e3") == .compare(key: "n", .equal, .decimal(1000)))
        #expect(try ShowIfExpression.parse("n<=-0.25") == .compare(key: "n", .lessOrEqual, .decimal(-0.25)))
        #expect(try ShowIfExpression.parse("n == '42'") == .compare(key: "n", .equal, .text("42")))
        #expect(ShowIfLiteral.decimal(9).canonical == "9")
        #expect(ShowIfLiteral.text("9").number == 9)
        #expect(ShowIfLiteral.text("na").number == nil)
    }

    @Test("keywords are lowercase and reserved, other ids are question ids")
    func keywordsAreLowercase() throws {
        #expect(try ShowIfExpression.parse("android == 'x'") == .compare(key: "android", .equal, .text("x")))
        #expect(try ShowIfExpression.parse("order_in == 1") == .compare(key: "order_in", .equal, .integer(1)))
        #expect(try ShowIfExpression.parse("has_card == 'yes'") == .compare(key: "has_card", .equal, .text("yes")))
        #expect(syntaxError("has == 'x'") == "expected '(' after 'has' at column 5")
    }

    // MARK: - Syntax errors

    @Test("each syntax error names the problem and its column", arguments: [
        ("", "empty expression at column 1"),
        ("   ", "empty expression at column 1"),
        ("a = 'x'", "use '==' to compare, not '=' at column 3"),
        ("a == 'x' && b == 'y'", "use 'and', not '&&' at column 10"),
        ("a == 'x' || b == 'y'", "use 'or', not '||' at column 10"),
        ("a == 'x' & b == 'y'", "use 'and', not '&' at column 10"),
        ("a == 'x' | b == 'y'", "use 'or', not '|' at column 10"),
        ("!answered(a)", "use 'not' to negate, not '!' at column 1"),
        ("a == 'x", "unterminated string at column 6"),
        ("a == \"x", "unterminated string at column 6"),
        (#"a == 'x\'"#, "unterminated string at column 6"),
        (#"a == 'x\"#, "unterminated string at column 6"),
        (#"a == 'x\n'"#, #"unknown escape '\n' in a string (use \', \" or \\) at column 8"#),
        ("a == 5.", "expected a digit after '.' at column 8"),
        ("a == 5x", "unexpected character 'x' after a number at column 7"),
        ("a == 1e999", "number is too large at column 6"),
        ("staff. == 4", "expected a name after '.' at column 7"),
        ("staff..friendly == 4", "expected a name after '.' at column 7"),
        ("ikä == 'x'", "unexpected character 'ä' at column 3"),
        ("a == 'x' @", "unexpected character '@' at column 10"),
        ("-a == 1", "unexpected character '-' at column 1"),
        ("a == 'x')", "unexpected ')' at column 9"),
        (")", "unexpected ')' at column 1"),
        ("contains(tasks, 'x')", "unknown function 'contains' (use has or answered) at column 1"),
        ("a == 1 or HAS(tasks, 'x')", "unknown function 'HAS' (use has or answered) at column 11"),
        ("a ==", "expected a value after '==' at column 5"),
        ("a == b", "expected a value after '==' (text needs quotes: 'b') at column 6"),
        ("a != )", "expected a value after '!=' at column 6"),
        ("nps < 'seven'", "expected a number after '<' at column 7"),
        ("nps >= ", "expected a number after '>=' at column 8"),
        ("nps > x", "expected a number after '>' at column 7"),
        ("age in ['15-24', '25-44'", "expected ']' to close the list at column 25"),
        ("a in ['x' 'y']", "expected ']' to close the list at column 11"),
        ("a in []", "expected a value after '[' at column 7"),
        ("a in ['x',]", "expected a value after ',' at column 11"),
        ("a in 'x'", "expected '[' after 'in' at column 6"),
        ("a", "expected a comparison after 'a' (==, !=, <, <=, >, >= or in) at column 2"),
        ("a 'x'", "expected a comparison after 'a' (==, !=, <, <=, >, >= or in) at column 3"),
        ("a == 'x' b == 'y'", "expected 'and' or 'or' before 'b' at column 10"),
        ("a == 'x' 'y'", "expected 'and' or 'or' before 'y' at column 10"),
        ("a == 'x' AND b == 'y'", "use lowercase 'and' instead of 'AND' at column 10"),
        ("a == 'x' Or b == 'y'", "use lowercase 'or' instead of 'Or' at column 10"),
        ("NOT a == 'x'", "use lowercase 'not' instead of 'NOT' at column 1"),
        ("a IN ['x']", "use lowercase 'in' instead of 'IN' at column 3"),
        ("a == 'x' Has(b, 'y')", "expected 'and' or 'or' before 'Has' at column 10"),
        ("(a == 'x'", "expected ')' to match '(' from column 1 at column 10"),
        ("(a == 'x' b == 'y')", "expected ')' to match '(' from column 1 at column 11"),
        ("()", "expected a condition after '(' at column 2"),
        ("a == 'x' and", "expected a condition after 'and' at column 13"),
        ("a == 'x' or )", "expected a condition after 'or' at column 13"),
        ("not", "expected a condition after 'not' at column 4"),
        ("and a == 'x'", "expected a condition before 'and' at column 1"),
        ("a == 1 and or b == 1", "expected a condition before 'or' at column 12"),
        ("in ['x']", "expected a question id before 'in' at column 1"),
        ("'yes' == a", "expected a question id, found 'yes' at column 1"),
        ("== 'yes'", "expected a question id, found '==' at column 1"),
        ("has tasks", "expected '(' after 'has' at column 5"),
        ("has(tasks)", "expected ',' and a value after 'tasks' in has(...) at column 10"),
        ("has('tasks', 'x')", "expected a question id after 'has(' (ids are not quoted) at column 5"),
        ("has(, 'x')", "expected a question id after 'has(' at column 5"),
        ("has(tasks, )", "expected a value after ',' at column 12"),
        ("has(tasks, search)", "expected a value after ',' (text needs quotes: 'search') at column 12"),
        ("has(tasks, 'x'", "expected ')' to close has(...) at column 15"),
        ("answered", "expected '(' after 'answered' at column 9"),
        ("answered()", "expected a question id after 'answered(' at column 10"),
        ("answered(a, 'x')", "expected ')' to close answered(...) at column 11"),
    ])
    func syntaxErrorNamesProblemAndColumn(source: String, expected: String) {
        #expect(syntaxError(source) == expected)
    }

    @Test("a syntax error carries its message and 1-based column separately")
    func syntaxErrorFields() {
        #expect(throws: ShowIfSyntaxError(message: "use '==' to compare, not '='", column: 7)) {
            try ShowIfExpression.parse("grade = 9")
        }
        #expect(ShowIfSyntaxError(message: "unterminated string", column: 5).description
            == "unterminated string at column 5")
    }

    @Test("columns count characters, not bytes")
    func columnsCountCharacters() {
        #expect(syntaxError("a == 'ä' =") == "use '==' to compare, not '=' at column 10")
    }

    // MARK: - Limits

    @Test("an expression of 1000 characters parses and one of 1001 is too long")
    func lengthLimit() throws {
        let prefix = "a == '"
        let longest = prefix + String(repeating: "x", count: 1000 - prefix.count - 1) + "'"
        #expect(longest.count == 1000)
        #expect(try ShowIfExpression.parse(longest) == .compare(key: "a", .equal, .text(String(repeating: "x", count: 993))))
        let tooLong = longest + " "
        #expect(syntaxError(tooLong) == "expression is too long (at most 1000 characters) at column 1001")
        #expect(syntaxError(String(repeating: "(", count: 1_000_000))
            == "expression is too long (at most 1000 characters) at column 1001")
    }

    @Test("32 levels of nesting parse and the 33rd is refused")
    func depthLimit() throws {
        func nested(_ levels: Int) -> String {
            String(repeating: "(", count: levels) + "a == 1" + String(repeating: ")", count: levels)
        }
        #expect(try ShowIfExpression.parse(nested(32)) == .compare(key: "a", .equal, .integer(1)))
        #expect(syntaxError(nested(33)) == "expression is nested too deeply (at most 32 levels) at column 33")
        #expect(syntaxError(nested(400)) == "expression is nested too deeply (at most 32 levels) at column 33")

        let nots = String(repeating: "not ", count: 32) + "answered(a)"
        #expect(try ShowIfExpression.parse(nots).evaluate(["a": .integer(1)]))
        #expect(syntaxError("not " + nots) == "expression is nested too deeply (at most 32 levels) at column 129")
        #expect(syntaxError(String(repeating: "not (", count: 16) + "not answered(a" + String(repeating: ")", count: 17))
            == "expression is nested too deeply (at most 32 levels) at column 81")
    }

    @Test("a long flat chain of and is not nesting")
    func longChainIsNotNesting() throws {
        let source = Array(repeating: "a == 1", count: 90).joined(separator: " and ")
        let expression = try ShowIfExpression.parse(source)
        #expect(expression == .and(Array(repeating: .compare(key: "a", .equal, .integer(1)), count: 90)))
        #expect(expression.evaluate(["a": .integer(1)]))
    }

    // MARK: - What an expression reads

    @Test("referencedKeys lists every key once in order of first appearance")
    func referencedKeysInOrder() throws {
        let expression = try ShowIfExpression.parse(
            "b == '1' and (a == '2' or has(c, 'x')) and answered(b) and not staff.friendly >= 4 or d in ['y']"
        )
        #expect(expression.referencedKeys == ["b", "a", "c", "staff.friendly", "d"])
    }

    @Test("uses lists has, ordering and each compared literal once, in order")
    func usesForValidation() throws {
        let expression = try ShowIfExpression.parse("""
            has(web_tasks, 'search') and nps < 7 and age in ['15-24', '25-44'] and grade == 9
            and answered(three_words) and web_frequency != 'never' and not nps < 7
            """)
        #expect(expression.uses == [
            .has(key: "web_tasks", .text("search")),
            .ordering(key: "nps", .less, .integer(7)),
            .equality(key: "age", .text("15-24")),
            .equality(key: "age", .text("25-44")),
            .equality(key: "grade", .integer(9)),
            .equality(key: "web_frequency", .text("never")),
        ])
        #expect(expression.uses.map(\.key) == ["web_tasks", "nps", "age", "age", "grade", "web_frequency"])
    }

    @Test("uses keeps each literal as written, and its canonical form is what evaluation compares")
    func usesKeepLiterals() throws {
        let expression = try ShowIfExpression.parse("grade == 9 or grade == '9' or grade in [9.0] or x >= 2.50")
        #expect(expression.uses == [
            .equality(key: "grade", .integer(9)),
            .equality(key: "grade", .text("9")),
            .equality(key: "grade", .decimal(9)),
            .ordering(key: "x", .greaterOrEqual, .decimal(2.5)),
        ])
        #expect(expression.uses.map(\.value.canonical) == ["9", "9", "9", "2.5"])
        #expect(expression.uses.map(\.value.number) == [9, 9, 9, 2.5])
    }

    // MARK: - Writing out and the reference survey

    @Test("description writes the expression out so that it parses back the same")
    func descriptionRoundTrips() throws {
        let sources = [
            "a == 'x' and (b != 'y' or not c < 3)",
            "not (a == 1 and b == 2) or has(c, 'it\\'s') and answered(d.e)",
            "((a == 1 and b == 1) and c == 1) or (d in [1, 2.5, 'x', \"q'\"] or e >= -1e-07)",
            "not not a > 0.1",
        ]
        for source in sources {
            let expression = try ShowIfExpression.parse(source)
            #expect(try ShowIfExpression.parse(expression.description) == expression, "\(expression)")
        }
        #expect(try ShowIfExpression.parse("a=='x'and(b<3 or not c in['y'])").description
            == "a == 'x' and (b < 3 or not c in ['y'])")
    }

    /// Every show_if in shared/data/lukki-customer-survey.yaml, with an answer that shows the
    /// question and one that hides it.
    @Test("every show_if in the Lukki customer survey parses and decides as intended", arguments: [
        ("used_self_service_machines == 'yes'", "used_self_service_machines", "yes", "yes", "no"),
        ("used_unstaffed_hours == 'yes'", "used_unstaffed_hours", "yes", "yes", "unaware"),
        ("web_frequency != 'never'", "web_frequency", "never", "weekly", "never"),
        ("web_frequency != 'never'", "web_frequency", "never", "monthly", "never"),
        ("web_frequency != 'never'", "web_frequency", "never", "yearly", "never"),
        ("web_frequency != 'never'", "web_frequency", "never", "weekly", "never"),
        ("web_frequency != 'never'", "web_frequency", "never", "yearly", "never"),
    ])
    func lukkiSurveyExpressions(source: String, key: String, literal: String, shown: String, hidden: String) throws {
        let expression = try ShowIfExpression.parse(source)
        #expect(expression.referencedKeys == [key])
        #expect(expression.uses == [.equality(key: key, .text(literal))])
        #expect(expression.evaluate([key: .text(shown)]))
        #expect(!expression.evaluate([key: .text(hidden)]))
        #expect(!expression.evaluate([:]))
    }

    private func syntaxError(_ source: String) -> String? {
        do {
            let expression = try ShowIfExpression.parse(source)
            Issue.record("parsed as \(expression)")
            return nil
        } catch {
            return error.description
        }
    }
}
