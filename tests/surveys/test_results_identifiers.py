"""Identifying details in comments: identity codes with a valid check character, phones, e-mail."""

import pytest

from surveys.results.identifiers import (
    MASK,
    find_identifiers,
    hetu_is_valid,
    mask_identifiers,
)


@pytest.mark.parametrize("code", ["131052-308T", "010594Y9032", "010594Y9021", "020505A9741"])
def test_identity_codes_with_a_correct_check_character_are_valid(code):
    assert hetu_is_valid(code)


@pytest.mark.parametrize("code", ["131052-308U", "010594Y9033", "321352-308T", "131052*308T"])
def test_identity_codes_with_a_wrong_check_character_or_date_are_not(code):
    assert not hetu_is_valid(code)


def test_a_valid_identity_code_in_a_comment_is_found_and_masked():
    text = "Minun tunnukseni on 131052-308T, soittakaa."
    assert find_identifiers(text) == ["hetu"]
    assert mask_identifiers(text) == f"Minun tunnukseni on {MASK}, soittakaa."


def test_a_code_with_a_wrong_check_character_is_not_flagged():
    assert "hetu" not in find_identifiers("Koodi 131052-308U ei ole oikea.")


@pytest.mark.parametrize(
    "number", ["040 123 4567", "+358 40 1234567", "0401234567", "09-123 4567", "+358401234567"]
)
def test_finnish_phone_numbers_are_found(number):
    text = f"Soita {number} iltaisin."
    assert find_identifiers(text) == ["phone"]
    assert mask_identifiers(text) == f"Soita {MASK} iltaisin."


@pytest.mark.parametrize("text", ["Kävin 3 kertaa vuonna 2026.", "Ryhmässä oli 12 henkeä."])
def test_ordinary_numbers_are_not_phone_numbers(text):
    assert find_identifiers(text) == []


def test_email_addresses_are_found_and_masked():
    text = "Laita viestiä: maija.meikalainen@example.fi tai puhelin 050 765 4321"
    assert find_identifiers(text) == ["email", "phone"]
    assert mask_identifiers(text) == f"Laita viestiä: {MASK} tai puhelin {MASK}"
