import Testing

@testable import PlanIngest

@Suite struct SectionOutlineTests {
    @Test func multiLineOutline() {
        let text = "一、总体要求\n(一)指导思想\n内容。\n(二)主要目标\n1.目标一。\n2.目标二。\n二、重点任务\n(一)培育主体\n"
        let outline = SectionOutline(ScalarText(text))
        #expect(outline.headings.map(\.level) == [0, 1, 1, 2, 2, 0, 1])
    }

    @Test func oneLongLine() {
        let text = "主要目标是:新增企业100家。一、强化顶层设计,构建新局面(一)强化领导。坚持领导。(二)强化保障。出台方案。二、提升能力(一)建设平台。"
        let outline = SectionOutline(ScalarText(text))
        #expect(
            outline.headings.map(\.label) == [
                "一、强化顶层设计,构建新局面", "(一)强化领导", "(二)强化保障", "二、提升能力", "(一)建设平台",
            ])
    }

    @Test func pathAtAnOffset() {
        let text = "一、总体要求\n(一)主要目标\n新增企业100家。"
        let scalars = ScalarText(text)
        let outline = SectionOutline(scalars)
        let offset = text.unicodeScalars.count - 3
        #expect(outline.path(at: offset) == "一、总体要求 / (一)主要目标")
        #expect(outline.path(at: 0) == "一、总体要求")
    }

    @Test func itemsRunOnAcrossSubsections() {
        let text = "(一)甲\n1.一。\n2.二。\n(二)乙\n3.三。\n4.四。\n"
        let outline = SectionOutline(ScalarText(text))
        #expect(outline.headings.filter { $0.level == 2 }.map(\.number) == [1, 2, 3, 4])
    }

    @Test(arguments: [
        "研发投入强度达到3.55%。", "见(三)所述。", "二〇二三年", "2023年。", "第十二届大赛",
    ])
    func notHeadings(_ text: String) {
        #expect(SectionOutline(ScalarText(text)).headings.isEmpty)
    }

    @Test func targetsCarryTheirSection() throws {
        let target = try #require(SamplePlan.target("二、重点任务\n(一)培育创新主体\n新增高新技术企业100家。"))
        #expect(target.section == "二、重点任务 / (一)培育创新主体")
    }

    @Test func fullWidthParentheses() {
        let outline = SectionOutline(ScalarText("（一）指导思想\n（1）内容。"))
        #expect(outline.headings.map(\.level) == [1, 3])
    }
}
