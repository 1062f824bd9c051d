from brdesk import reference


def test_the_four_pillars_in_the_programmes_order() -> None:
    assert [p.name for p in reference.pillars()] == [
        "Biodiversity Conservation and Monitoring",
        "Protected Area Management",
        "Sustainable Development and Climate Action",
        "Community Engagement and Co-management",
    ]


def test_goals_are_complete_and_numbered() -> None:
    sdgs = reference.sdgs()
    gbf = reference.gbf_targets()
    assert [g.number for g in sdgs] == list(range(1, 18))
    assert [g.number for g in gbf] == list(range(1, 24))
    assert sdgs[12].title == "Climate Action"
    assert gbf[2].title == "Conserve 30% of land, waters and seas"
    assert reference.wcpa_elements()[0].element == "Context"


def test_programme_facts_and_acknowledgement_verbatim() -> None:
    p = reference.programme()
    assert p.acknowledgement == (
        "Supported by the Bureau of International Cooperation, Chinese Academy of Sciences."
    )
    assert (p.start.isoformat(), p.end.isoformat()) == ("2025-09-15", "2025-09-27")
    assert p.report_due_months == 2
