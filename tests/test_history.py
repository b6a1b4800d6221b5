"""The back/forward history (browser semantics), without any widget."""
from corpus_tui.tui.history import History, Location

A, B, C, D = (Location(x) for x in "abcd")


def visited(*places):
    h = History()
    for p in places:
        h.visit(p)
    return h


def test_empty_history_cannot_move():
    h = History()
    assert h.current is None
    assert not h.can_go_back and not h.can_go_forward
    assert h.back() is None and h.forward() is None


def test_back_and_forward_walk_the_visits():
    h = visited(A, B, C)
    assert h.back() == B
    assert h.back() == A
    assert h.back() is None
    assert h.forward() == B
    assert h.forward() == C
    assert h.forward() is None


def test_new_jump_after_going_back_drops_forward():
    h = visited(A, B, C)
    h.back()
    h.visit(D)
    assert h.entries == [A, B, D]
    assert not h.can_go_forward
    assert h.back() == B


def test_back_remembers_where_the_reader_was():
    h = visited(Location("a", 0), Location("b", 0))
    place = h.back(here=Location("b", 7, 12.0))
    assert place == Location("a", 0)
    assert h.forward() == Location("b", 7, 12.0)


def test_visit_records_the_current_passage_before_leaving():
    h = visited(Location("a", 0))
    h.visit(Location("b", 3), here=Location("a", 5, 4.0))
    assert h.back() == Location("a", 5, 4.0)


def test_jump_to_the_same_place_adds_nothing():
    h = visited(Location("a", 2))
    h.visit(Location("a", 2, 9.0))
    assert len(h) == 1
    assert h.current == Location("a", 2, 9.0)


def test_length_is_capped_oldest_first():
    h = History(limit=3)
    for p in (A, B, C, D):
        h.visit(p)
    assert h.entries == [B, C, D]
    assert h.current == D
