import PlanIngest
import Testing

@testable import PlanStore

/// A plan read from `fileName` with its own bytes, title, 文号 and text.
private func makePlan(
    fileName: String, digit: Character, title: String? = "科技创新三年行动方案",
    number: String? = "滨科字〔2022〕73号", text: String = "到2025年，高新技术企业达1500家。"
) -> PlanImport {
    var plan = makePlan([], sha256: String(repeating: digit, count: 64), text: text)
    plan.fileName = fileName
    plan.metadata.title = title
    plan.metadata.documentNumber = number
    return plan
}

@Test func aPlanWithTheSameTitleAndDocumentNumberIsTheSameDocument() throws {
    // Given a plan imported from its text file
    let store = try Store.makeInMemory()
    let stored = try store.importPlan(makePlan(fileName: "plan.txt", digit: "1")).plan
    // When its Word file, with other text, is looked up
    let word = makePlan(fileName: "plan.docx", digit: "2", text: "到2025年，高新技术企业达到1500家。\t表")
    // Then the stored plan is found by its title and 文号
    #expect(try store.sameDocument(as: word) == SameDocument(plan: stored, evidence: .titleAndDocumentNumber))
}

@Test func aPlanWithTheSameDocumentNumberUnderATitleReadDifferentlyIsTheSameDocument() throws {
    // Given a plan imported from its Word file
    let store = try Store.makeInMemory()
    let stored = try store.importPlan(
        makePlan(fileName: "plan.docx", digit: "1", title: "科技创新三年行动方案（2023—2025年）")
    )
    .plan
    // When its PDF, whose title line broke before the years, is looked up
    let pdf = makePlan(fileName: "plan.pdf", digit: "2", title: "科技创新三年行动方案", text: "到2025年，高新技术企业达1500家。\n")
    // Then the stored plan is found by its 文号
    #expect(try store.sameDocument(as: pdf) == SameDocument(plan: stored, evidence: .documentNumber))
}

@Test func aPlanWithTheSameTextApartFromWhiteSpaceIsTheSameDocument() throws {
    // Given an untitled plan without a 文号
    let store = try Store.makeInMemory()
    let stored = try store.importPlan(makePlan(fileName: "a.txt", digit: "1", title: nil, number: nil)).plan
    // When a copy whose lines were broken differently is looked up
    let copy = makePlan(
        fileName: "a.pdf", digit: "2", title: nil, number: nil, text: "到2025年，高新技术\n企业达1500家。 ")
    // Then the stored plan is found by its text
    #expect(try store.sameDocument(as: copy) == SameDocument(plan: stored, evidence: .text))
}

@Test func anotherDocumentTheSameBytesOrNoPlanAreNotTheSameDocument() throws {
    // Given a stored plan
    let store = try Store.makeInMemory()
    let first = makePlan(fileName: "a.txt", digit: "1")
    _ = try store.importPlan(first)
    // When the same bytes, another year's plan of the same title, or a plan of another title
    // are looked up
    let nextYear = makePlan(fileName: "b.txt", digit: "2", number: "滨科字〔2023〕5号", text: "到2026年，新增100家。")
    let other = makePlan(fileName: "c.txt", digit: "3", title: "数字经济行动方案", number: "滨科字〔2022〕80号")
    // Then none is the same document: the same bytes are found by import itself
    #expect(try store.sameDocument(as: first) == nil)
    #expect(try store.sameDocument(as: nextYear) == nil)
    #expect(try store.sameDocument(as: other) == nil)
    #expect(try Store.makeInMemory().sameDocument(as: first) == nil)
}
