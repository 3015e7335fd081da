"""importer/media.py: which URL is an upload, where it is in a local uploads folder (the
original of a resized copy too, nothing outside it), and the safe, unique name it gets
beside its text."""

from __future__ import annotations

from pathlib import Path

from association.importer import media
from support.imports import BLOG


def test_uploads_are_found_by_their_path_or_as_the_original_of_a_resized_copy(tmp_path: Path):
    (tmp_path / "2026/05").mkdir(parents=True)
    (tmp_path / "2026/05/zaal.png").write_bytes(b"x")
    assert media.upload_path("https://oud.example.org/wp-content/uploads/2026/05/zaal-300x169.png?w=1", BLOG) == (
        "2026/05/zaal-300x169.png"
    )
    assert media.upload_path("https://x.files.wordpress.com/2008/06/a.jpg", BLOG) == "2008/06/a.jpg"
    assert media.upload_path("https://oud.example.org/wp-content/uploads/../../secret", BLOG) is None
    assert media.find(tmp_path, "2026/05/zaal-300x169.png") == tmp_path / "2026/05/zaal.png"
    assert media.find(None, "2026/05/zaal.png") is None


def test_an_upload_path_is_decoded_and_any_other_url_is_no_upload():
    assert media.upload_path(BLOG + "/wp-content/uploads/2026/05/caf%C3%A9.png", BLOG) == "2026/05/café.png"
    assert media.upload_path(BLOG + "/2026/05/zaal.png", BLOG) is None
    assert media.upload_path(BLOG + "/wp-content/uploads/", BLOG) is None


def test_a_resized_copy_that_is_there_itself_is_taken_and_a_scaled_one_leads_to_its_original(tmp_path: Path):
    (tmp_path / "2026/05").mkdir(parents=True)
    for name in ("zaal.png", "zaal-300x169.png", "foto.jpg"):
        (tmp_path / "2026/05" / name).write_bytes(name.encode())
    assert media.find(tmp_path, "2026/05/zaal-300x169.png") == tmp_path / "2026/05/zaal-300x169.png"
    assert media.find(tmp_path, "2026/05/foto-scaled.jpg") == tmp_path / "2026/05/foto.jpg"
    assert media.find(tmp_path, "2026/05/weg.png") is None
    assert media.find(tmp_path, "2026/05") is None  # a folder is no upload


def test_a_link_in_the_uploads_folder_that_leads_outside_it_is_not_followed(tmp_path: Path):
    uploads = tmp_path / "uploads"
    (uploads / "2026").mkdir(parents=True)
    secret = tmp_path / "geheim.txt"
    secret.write_text("geheim")
    (uploads / "2026" / "a.png").symlink_to(secret)
    assert media.find(uploads, "2026/a.png") is None


def test_the_same_upload_keeps_one_name_and_a_second_of_the_same_name_gets_its_month():
    bundle = media.Bundle()
    first = bundle.add(Path("/u/2020/01/a.jpg"), "2020/01/a.jpg")
    other = bundle.add(Path("/u/2020/02/a.jpg"), "2020/02/a.jpg")
    again = bundle.add(Path("/u/2020/01/a.jpg"), "2020/01/a.jpg")
    assert (first, other, again) == ("a.jpg", "2020-02-a.jpg", "a.jpg")
    assert bundle.names == {"a.jpg": Path("/u/2020/01/a.jpg"), "2020-02-a.jpg": Path("/u/2020/02/a.jpg")}


def test_an_upload_never_takes_the_name_of_the_text_beside_it():
    assert media.Bundle().add(Path("/u/x/index.md"), "x/index.md") == "x-index.md"


def test_a_file_name_keeps_only_what_every_host_serves_as_it_is():
    assert media.safe_name("verslag mei (1).pdf") == "verslag-mei-1-.pdf"
    assert media.safe_name(".htaccess") == "htaccess"  # no hidden file
    assert media.safe_name("...") == "bestand"
