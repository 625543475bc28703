"""The names people give columns and keys: one table per kind of file, in one place.

Every name is compared after :func:`~mitramatch.engine.parsing.canonical_header` (lower case,
words joined by ``_``, invisible characters dropped), so ``Nama Lembaga``, ``NAMA_LEMBAGA``
and ``nama lembaga`` are one name. Aspect names (``sarpras``, ``pendayagunaan hasil``) are
:func:`~mitramatch.engine.aspects.normalise_aspect`'s.

Tables:

- :data:`DIRECTORY`: partner directory headers -> contract columns, with
  :data:`DIRECTORY_PREFIXES` for ``offers_<aspect>`` / ``capacity_<aspect>`` and
  :data:`NUMBER_COLUMNS` (the ``No`` column that counts rows);
- :data:`SECTORS`: sector values -> the three sectors;
- :data:`ORGANISATION`: organisation fields, in batch files and in a profile's
  ``[organisation]``; :data:`NEED_FIELDS` and :data:`NEED_MARKERS` for need columns and keys;
- :data:`PROFILE_SECTIONS`, :data:`FILTERS`, :data:`WEIGHTS`: the other profile keys.
"""

from __future__ import annotations

__all__ = [
    "DIRECTORY",
    "DIRECTORY_PREFIXES",
    "FILTERS",
    "FREE_OFFER_WORDS",
    "NEED_FIELDS",
    "NEED_MARKERS",
    "NOT_FREE_OFFER_WORDS",
    "NUMBER_COLUMNS",
    "ORGANISATION",
    "PROFILE_SECTIONS",
    "SECTORS",
    "WEIGHTS",
]

#: Partner directory headers (canonical) -> contract columns.
DIRECTORY: dict[str, str] = {
    "id": "partner_id", "id_mitra": "partner_id", "kode_mitra": "partner_id",
    "nama": "name", "nama_lembaga": "name", "nama_mitra": "name", "nama_instansi": "name",
    "nama_institusi": "name", "nama_organisasi": "name", "nama_usaha": "name",
    "sektor": "sector", "jenis": "kind", "jenis_lembaga": "kind", "tipe": "kind",
    "jenis_mitra": "kind", "provinsi": "province", "kabupaten": "regency",
    "kabupaten_kota": "regency", "kab_kota": "regency", "kota": "regency",
    "kota_kabupaten": "regency", "kode_wilayah": "region_code", "lintang": "lat",
    "latitude": "lat", "bujur": "lon", "longitude": "lon", "lng": "lon",
    "visi": "vision", "visi_misi": "vision", "mencari": "seeks", "kebutuhan_mitra": "seeks",
    "aktif": "active", "status_aktif": "active", "lama_berdiri": "years_active",
    "tahun_aktif": "years_active", "jumlah_kemitraan": "partnerships_completed",
    "kemitraan_selesai": "partnerships_completed",
    # one free-text column of everything the partner offers, as dinas lists keep it
    "tawaran": "offers", "penawaran": "offers", "penawaran_kerja_sama": "offers",
    "bantuan_yang_bisa_diberikan": "offers", "bantuan_yang_dapat_diberikan": "offers",
    "bantuan": "offers", "bentuk_bantuan": "offers", "jenis_bantuan": "offers",
    "bidang": "offers", "bidang_kerja_sama": "offers", "keterangan": "offers",
    "layanan": "offers", "dukungan": "offers", "kontribusi": "offers",
    "potensi_kerja_sama": "offers", "offer": "offers", "what_they_offer": "offers",
}  # fmt: skip

#: Words of a header that names one free-text offers column ("Bentuk Dukungan", "Tawaran
#: Kerja Sama", "Jenis Bantuan CSR"), and words that make it something else about them
#: (a count, a date, a contact: "Jumlah Kemitraan", "Kontak Kerja Sama").
FREE_OFFER_WORDS: frozenset[str] = frozenset(
    {"bantuan", "dukungan", "tawaran", "penawaran", "kontribusi", "layanan", "kerja_sama",
     "kerjasama", "kemitraan", "offers", "offer", "support"}
)  # fmt: skip
NOT_FREE_OFFER_WORDS: frozenset[str] = frozenset(
    {"jumlah", "banyak", "riwayat", "selesai", "tahun", "tanggal", "tgl", "nomor", "no",
     "kontak", "telepon", "hp", "email", "nilai", "kapasitas", "capacity", "status", "id"}
)  # fmt: skip

#: ``<prefix>_<aspect>`` directory headers: the prefix (canonical) -> the contract's.
DIRECTORY_PREFIXES: dict[str, str] = {
    "tawaran": "offers",
    "offers": "offers",
    "kapasitas": "capacity",
    "capacity": "capacity",
}

#: A column that numbers the rows (``No``, ``No.``, ``Nomor``): ids can be made from it.
NUMBER_COLUMNS: frozenset[str] = frozenset({"no", "nomor", "no_urut", "nomor_urut", "nmr"})

#: Sector values (canonical) -> the three sectors.
SECTORS: dict[str, str] = {
    "government": "pemerintah", "pemda": "pemerintah", "state": "pemerintah",
    "private": "swasta", "dudi": "swasta", "business": "swasta", "dunia_usaha": "swasta",
    "society": "masyarakat", "community": "masyarakat", "ormas": "masyarakat",
}  # fmt: skip

#: Organisation fields (canonical): batch file columns and ``[organisation]`` keys.
ORGANISATION: dict[str, str] = {
    "id": "org_id", "id_organisasi": "org_id", "kode_organisasi": "org_id",
    "id_lembaga": "org_id", "nama": "name", "nama_lembaga": "name",
    "nama_organisasi": "name", "sektor": "sector", "jenis": "kind",
    "jenis_lembaga": "kind", "provinsi": "province", "kabupaten": "regency",
    "kabupaten_kota": "regency", "kab_kota": "regency", "kota": "regency",
    "kode_wilayah": "region_code", "lintang": "lat", "latitude": "lat", "bujur": "lon",
    "longitude": "lon", "visi": "vision", "visi_misi": "vision", "tawaran": "offers",
    "menawarkan": "offers", "yang_ditawarkan": "offers",
}  # fmt: skip

#: Words that mark a need column or key (``need_tenaga_priority``, ``Kebutuhan Dana``).
NEED_MARKERS: frozenset[str] = frozenset({"need", "needs", "kebutuhan"})

#: A need's fields (canonical) -> the contract's.
NEED_FIELDS: dict[str, str] = {
    "priority": "priority", "prioritas": "priority",
    "description": "description", "uraian": "description", "deskripsi": "description",
    "quantity": "quantity", "jumlah": "quantity", "kuantitas": "quantity",
    "banyaknya": "quantity", "volume": "quantity",
}  # fmt: skip

#: A needs profile's sections (canonical) -> the contract's.
PROFILE_SECTIONS: dict[str, str] = {
    "organisation": "organisation", "organization": "organisation",
    "organisasi": "organisation", "needs": "needs", "kebutuhan": "needs",
    "weights": "weights", "bobot": "weights", "filters": "filters", "filter": "filters",
    "saringan": "filters",
}  # fmt: skip

#: ``[filters]`` keys (canonical) -> the contract's.
FILTERS: dict[str, str] = {
    "sectors": "sectors", "sektor": "sectors", "kinds": "kinds", "jenis": "kinds",
    "same_province": "same_province", "provinsi_sama": "same_province",
    "satu_provinsi": "same_province", "max_distance_km": "max_distance_km",
    "jarak_maks_km": "max_distance_km", "jarak_maksimum_km": "max_distance_km",
    "jarak_maksimal_km": "max_distance_km", "active_only": "active_only",
    "hanya_aktif": "active_only",
}  # fmt: skip

#: ``[weights]`` keys (canonical) -> the built-in criteria (custom criteria keep their names).
WEIGHTS: dict[str, str] = {
    "kecocokan_kebutuhan": "need_fit", "kesesuaian_kebutuhan": "need_fit",
    "visi": "vision", "kesamaan_visi": "vision", "kedekatan": "proximity",
    "saling_membutuhkan": "reciprocity", "timbal_balik": "reciprocity",
    "rekam_jejak": "track_record",
}  # fmt: skip
