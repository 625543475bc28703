"""Synthetic, contract-conforming data at any size, fast: for benchmarks, demos and tests.

:func:`make_directory` writes a partner directory and :func:`make_organisations` a batch of
organisations (the contract's batch layout). Rows are fictional; the regions are real
(Sumatera Selatan and its neighbours, codes and representative points from the bundled
``resources/kabkota.csv``, with jitter). Texts are drawn from hand-written Indonesian phrase
pools filled with the vocabulary of one field of skill per row, then dirtied the way real
directories are: region names spelled several ways, some UPPER CASE rows, Rupiah written in
mixed forms, missing cells, inactive partners.

Everything is vectorised NumPy choice over pools built once, so a million directory rows take
seconds. The same ``(n, seed)`` always gives the same frame, and a larger ``n`` with the same
seed does not extend a smaller one (rows are drawn column by column).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import numpy as np
import pandas as pd

from .compat import import_optional_dependency
from .engine import ASPECTS


class _Optional:
    """A module imported when first used: pyarrow is an optional extra (``[parquet]``), and
    only generating data needs it here."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module = None

    def __getattr__(self, attr: str):
        if self._module is None:
            self._module = import_optional_dependency(
                self._name, purpose="generating synthetic data (mitramatch.datasets)"
            )
        return getattr(self._module, attr)


pa = _Optional("pyarrow")
pc = _Optional("pyarrow.compute")

__all__ = ["KINDS", "make_directory", "make_organisations"]

#: Partner kinds produced, with the sectors each may belong to (first = most common).
KINDS: dict[str, tuple[str, ...]] = {
    "dinas": ("pemerintah",),
    "blk": ("pemerintah",),
    "lkp": ("masyarakat", "swasta"),
    "pkbm": ("masyarakat",),
    "dudi": ("swasta",),
    "donor": ("swasta", "masyarakat"),
    "ormas": ("masyarakat",),
    "tokoh_masyarakat": ("masyarakat",),
    "pusat_karya": ("masyarakat", "swasta"),
    "perguruan_tinggi": ("pemerintah", "swasta"),
}
# How common each kind is in a regional directory (DUDI and LKP dominate real lists).
_KIND_SHARE = np.array([0.08, 0.03, 0.16, 0.12, 0.22, 0.06, 0.10, 0.08, 0.10, 0.05])

# Province codes covered and how much of the directory each holds: Sumatera Selatan first.
_PROVINCES = {"16": 0.70, "15": 0.08, "17": 0.06, "18": 0.12, "19": 0.04}

# One field of skill per partner: its words fill the phrase slots.
# skill: the skill; tutor: who teaches it; tools/place: sarana; work: where to do magang;
# job: what graduates become; buy: products someone could buy; focus: what a funder funds.
_FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "menjahit": {
        "skill": ("menjahit", "jahit", "tata busana", "penjahitan", "jahit pakaian wanita"),
        "tutor": ("instruktur menjahit", "penjahit berpengalaman", "tutor tata busana"),
        "tools": ("mesin jahit", "mesin obras", "mesin jahit listrik"),
        "place": ("ruang praktik menjahit", "workshop busana"),
        "work": ("konveksi", "butik dan usaha jahit"),
        "job": ("penjahit", "operator mesin jahit"),
        "buy": ("pakaian jadi", "seragam sekolah", "mukena dan gamis"),
        "focus": ("usaha jahit rumahan", "kelompok usaha menjahit"),
    },
    "tata_rias": {
        "skill": ("tata rias", "tata kecantikan rambut", "rias pengantin", "make up"),
        "tutor": ("instruktur tata rias", "perias pengantin senior", "penata rambut"),
        "tools": ("peralatan salon", "kit make up", "alat facial"),
        "place": ("ruang praktik salon", "studio rias"),
        "work": ("salon kecantikan", "usaha rias pengantin"),
        "job": ("kapster", "asisten perias"),
        "buy": ("jasa rias untuk acara",),
        "focus": ("usaha salon rumahan", "perempuan muda putus sekolah"),
    },
    "komputer": {
        "skill": ("komputer perkantoran", "operator komputer", "desain grafis",
                  "administrasi perkantoran"),
        "tutor": ("instruktur komputer", "tutor TIK", "pengajar desain grafis"),
        "tools": ("komputer", "unit PC", "laptop", "printer dan proyektor"),
        "place": ("lab komputer", "laboratorium TIK"),
        "work": ("percetakan", "kantor mitra"),
        "job": ("operator komputer", "staf administrasi"),
        "buy": ("jasa desain dan pengetikan",),
        "focus": ("literasi digital", "keterampilan kerja kantor"),
    },
    "otomotif": {
        "skill": ("otomotif sepeda motor", "servis motor", "mekanik sepeda motor",
                  "perbengkelan", "otomotif roda empat"),
        "tutor": ("instruktur otomotif", "mekanik senior", "teknisi motor"),
        "tools": ("peralatan bengkel", "tool kit mekanik", "engine stand"),
        "place": ("bengkel praktik", "workshop otomotif"),
        "work": ("bengkel sepeda motor", "bengkel resmi", "dealer mobil"),
        "job": ("mekanik", "helper mekanik", "teknisi sepeda motor"),
        "buy": ("jasa servis kendaraan dinas",),
        "focus": ("pemuda putus sekolah", "usaha bengkel kecil"),
    },
    "las": {
        "skill": ("pengelasan", "las listrik", "teknik las", "las besi dan teralis"),
        "tutor": ("instruktur las", "juru las bersertifikat", "welder senior"),
        "tools": ("mesin las", "trafo las", "gerinda dan mesin las"),
        "place": ("bengkel las", "workshop pengelasan"),
        "work": ("bengkel las", "usaha fabrikasi besi"),
        "job": ("juru las", "welder"),
        "buy": ("teralis dan pagar besi",),
        "focus": ("pemuda putus sekolah", "usaha bengkel las"),
    },
    "tata_boga": {
        "skill": ("tata boga", "memasak", "pembuatan kue", "olahan pangan", "pembuatan pempek"),
        "tutor": ("instruktur tata boga", "chef", "juru masak berpengalaman"),
        "tools": ("peralatan dapur", "oven dan mixer", "kompor gas dan peralatan masak"),
        "place": ("dapur praktik", "dapur produksi"),
        "work": ("rumah makan", "usaha katering", "toko kue"),
        "job": ("juru masak", "tenaga katering"),
        "buy": ("kue basah", "pempek dan kemplang", "makanan olahan"),
        "focus": ("usaha kuliner rumahan", "kelompok usaha makanan"),
    },
    "pertanian": {
        "skill": ("budidaya sayuran", "hortikultura", "pertanian organik", "budidaya cabai",
                  "pembuatan pupuk kompos", "hidroponik"),
        "tutor": ("penyuluh pertanian", "petani pelopor", "pendamping kelompok tani"),
        "tools": ("bibit dan pupuk", "hand traktor", "alat semprot dan cangkul"),
        "place": ("lahan praktik", "kebun percontohan", "demplot"),
        "work": ("kebun sayur", "kelompok tani"),
        "job": ("pekerja kebun", "petani mitra"),
        "buy": ("sayuran", "cabai dan tomat", "hasil panen"),
        "focus": ("kelompok tani", "ketahanan pangan keluarga"),
    },
    "perkebunan": {
        "skill": ("budidaya kelapa sawit", "penyadapan karet", "pembibitan sawit"),
        "tutor": ("mandor kebun", "agronom", "penyuluh kebun"),
        "tools": ("bibit sawit unggul", "bibit karet klon unggul", "pupuk dan herbisida"),
        "place": ("kebun inti", "pembibitan"),
        "work": ("pabrik kelapa sawit", "pabrik karet remah"),
        "job": ("karyawan kebun", "penyadap", "operator pabrik"),
        "buy": ("TBS sawit", "getah karet"),
        "focus": ("desa sekitar kebun", "petani plasma"),
    },
    "perikanan": {
        "skill": ("budidaya ikan lele", "budidaya ikan patin", "bioflok", "pengolahan ikan"),
        "tutor": ("penyuluh perikanan", "pembudidaya berpengalaman"),
        "tools": ("terpal kolam bioflok", "benih ikan dan pakan", "aerator"),
        "place": ("kolam percontohan", "balai benih ikan"),
        "work": ("kolam budidaya", "usaha pengolahan ikan"),
        "job": ("pekerja kolam",),
        "buy": ("ikan konsumsi", "kerupuk dan kemplang ikan", "ikan salai"),
        "focus": ("kelompok pembudidaya ikan",),
    },
    "kerajinan": {
        "skill": ("anyaman purun", "kerajinan rotan", "anyaman bambu", "tenun songket",
                  "kain jumputan", "pembuatan sapu ijuk"),
        "tutor": ("perajin senior", "penenun senior", "pelatih kerajinan"),
        "tools": ("alat tenun bukan mesin", "bahan baku purun dan alat anyam", "bahan rotan"),
        "place": ("rumah produksi", "galeri kerajinan", "sanggar tenun"),
        "work": ("sentra kerajinan", "galeri songket"),
        "job": ("perajin", "penenun"),
        "buy": ("tikar purun", "kain songket", "tas anyaman", "kerajinan tangan"),
        "focus": ("perajin desa", "ekonomi kreatif", "perajin perempuan"),
    },
    "sablon": {
        "skill": ("sablon", "sablon kaos", "percetakan"),
        "tutor": ("instruktur sablon", "desainer grafis"),
        "tools": ("meja sablon dan screen", "mesin press kaos"),
        "place": ("ruang produksi sablon", "workshop sablon"),
        "work": ("usaha sablon", "percetakan"),
        "job": ("operator sablon", "tenaga produksi"),
        "buy": ("kaos sablon", "tas dan kaos seragam"),
        "focus": ("pemuda putus sekolah", "usaha kreatif"),
    },
    "elektronika": {
        "skill": ("servis HP", "reparasi ponsel", "elektronika", "instalasi listrik rumah",
                  "servis AC dan kulkas"),
        "tutor": ("teknisi HP", "instruktur elektronika", "teknisi AC"),
        "tools": ("alat solder dan multimeter", "peralatan servis HP"),
        "place": ("ruang praktik elektronika", "bengkel elektronik"),
        "work": ("konter servis HP", "toko elektronik"),
        "job": ("teknisi", "teknisi HP"),
        "buy": ("jasa servis perangkat",),
        "focus": ("pemuda putus sekolah",),
    },
    "umkm": {
        "skill": ("kewirausahaan", "manajemen usaha kecil", "pembukuan sederhana",
                  "pemasaran digital", "pengemasan produk"),
        "tutor": ("pendamping UMKM", "konsultan usaha", "fasilitator kewirausahaan"),
        "tools": ("peralatan pengemasan", "etalase", "peralatan usaha"),
        "place": ("ruang pertemuan", "galeri UMKM", "rumah kemasan"),
        "work": ("UMKM binaan", "galeri UMKM"),
        "job": ("staf pemasaran", "admin toko online"),
        "buy": ("produk UMKM", "produk kelompok usaha", "makanan olahan dan kerajinan"),
        "focus": ("UMKM dan usaha mikro", "usaha ekonomi produktif", "kelompok usaha bersama"),
    },
    "pendidikan": {
        "skill": ("pendidikan kesetaraan", "literasi", "keaksaraan", "pendidikan nonformal"),
        "tutor": ("relawan pengajar", "tutor", "guru pendamping"),
        "tools": ("buku dan alat tulis", "perlengkapan belajar", "laptop untuk belajar"),
        "place": ("ruang belajar", "taman bacaan"),
        "work": ("sekolah mitra",),
        "job": ("tenaga pendidik",),
        "buy": ("buku karya warga belajar",),
        "focus": ("pendidikan anak putus sekolah", "beasiswa pendidikan"),
    },
}  # fmt: skip

# Offer phrases per aspect. Slots are filled from the row's field.
_OFFER_TEMPLATES: dict[str, tuple[str, ...]] = {
    "dana": (
        "hibah untuk {focus}", "dana CSR untuk {focus}", "modal usaha bergulir bagi {focus}",
        "zakat produktif untuk {focus}", "bantuan modal {focus}", "beasiswa kursus {skill}",
        "dana TJSL pemberdayaan {focus}", "bantuan keuangan kegiatan {skill}",
    ),
    "tenaga": (
        "{tutor}", "{tutor} bersertifikat", "narasumber {skill}", "tenaga ahli {skill}",
        "relawan pengajar {skill}", "{tutor} yang bisa datang ke desa",
        "instruktur {skill} untuk kelas mitra", "fasilitator pendamping {focus}",
    ),
    "sarana": (
        "{tools}", "{place}", "pinjam pakai {place}", "{tools} dan {place}",
        "{place} dengan {tools}", "tempat uji kompetensi {skill}", "hibah {tools}",
    ),
    "program": (
        "pelatihan {skill}", "kursus {skill}", "magang di {work}", "pemagangan {skill}",
        "kelompok belajar usaha {skill}", "pelatihan kewirausahaan {focus}",
        "pelatihan berbasis kompetensi {skill}", "sosialisasi program {focus} di desa",
    ),
    "pendayagunaan_hasil": (
        "menerima lulusan sebagai {job}", "penyaluran tenaga kerja {job}", "membeli {buy}",
        "memasarkan {buy}", "menampung {buy} hasil peserta", "merekrut alumni sebagai {job}",
    ),
}  # fmt: skip

# Probability that a partner of each kind (rows, in KINDS order) offers each aspect (columns).
_OFFERS_P = np.array(
    [  # dana tenaga sarana program hasil
        [0.35, 0.60, 0.45, 0.85, 0.30],  # dinas
        [0.10, 0.85, 0.85, 0.90, 0.60],  # blk
        [0.05, 0.85, 0.60, 0.80, 0.35],  # lkp
        [0.02, 0.55, 0.50, 0.75, 0.20],  # pkbm
        [0.45, 0.30, 0.35, 0.45, 0.75],  # dudi
        [0.95, 0.10, 0.15, 0.25, 0.10],  # donor
        [0.10, 0.60, 0.20, 0.70, 0.15],  # ormas
        [0.03, 0.70, 0.15, 0.55, 0.10],  # tokoh_masyarakat
        [0.05, 0.50, 0.65, 0.75, 0.80],  # pusat_karya
        [0.20, 0.75, 0.60, 0.65, 0.25],  # perguruan_tinggi
    ]
)

_NAME_HEADS: dict[str, tuple[str, ...]] = {
    "dinas": ("Dinas Tenaga Kerja", "Dinas Sosial", "Dinas Perindustrian dan Perdagangan",
              "Dinas Pendidikan", "Dinas Koperasi dan UKM", "Dinas Pertanian"),
    "blk": ("BLK", "UPTD BLK", "Balai Latihan Kerja"),
    "lkp": ("LKP", "LPK", "Lembaga Kursus"),
    "pkbm": ("PKBM", "SKB"),
    "dudi": ("PT", "CV", "UD", "Koperasi"),
    "donor": ("Yayasan", "BAZNAS", "Lazismu", "Program CSR PT"),
    "ormas": ("Karang Taruna", "Tim Penggerak PKK", "Kelompok Yasinan", "Perkumpulan"),
    "tokoh_masyarakat": ("Bapak", "Ibu", "H.", "Hj."),
    "pusat_karya": ("Sentra", "Bengkel", "Rumah Produksi", "Galeri"),
    "perguruan_tinggi": ("Universitas", "Politeknik", "Sekolah Tinggi", "Institut"),
}  # fmt: skip
_NAME_WORDS = (
    "Maju", "Bersama", "Mandiri", "Sejahtera", "Citra", "Karya", "Bina", "Insani", "Harapan",
    "Cahaya", "Mulia", "Sriwijaya", "Musi", "Bumi", "Sentosa", "Jaya", "Makmur", "Abadi",
    "Berkah", "Amanah", "Nusantara", "Lestari", "Putra", "Putri", "Sumber", "Rezeki", "Barokah",
    "Permata", "Kencana", "Melati", "Mawar", "Andalas", "Ampera", "Serasan", "Sekundang",
)  # fmt: skip

_VISION_HEADS = (
    "Mewujudkan",
    "Menjadi mitra dalam mewujudkan",
    "Terwujudnya",
    "Membangun",
    "Meningkatkan",
    "Mendorong",
)
_VISION_GOALS = (
    "masyarakat yang terampil dan mandiri",
    "sumber daya manusia yang kompeten",
    "warga belajar yang berdaya saing",
    "kesejahteraan keluarga",
    "tenaga kerja siap pakai",
    "ekonomi desa yang tangguh",
    "pendidikan yang merata",
    "usaha kecil yang maju",
    "pemuda yang berwirausaha",
    "perempuan yang mandiri secara ekonomi",
)
_VISION_TAILS = (
    "",
    " melalui pendidikan nonformal",
    " melalui pelatihan keterampilan",
    " melalui kemitraan",
    " di Sumatera Selatan",
    " berbasis potensi lokal",
    " yang berkelanjutan",
)
_SEEKS = (
    "peserta magang", "tenaga kerja terampil", "lokasi program CSR", "mitra penyaluran bantuan",
    "warga belajar untuk kelas pelatihan", "lulusan siap kerja", "peserta pelatihan",
    "kelompok sasaran pemberdayaan", "pemasok produk lokal", "tutor dan relawan",
    "ruang belajar di desa", "publikasi kegiatan", "mitra pelaksana program",
)  # fmt: skip

_NEED_TEMPLATES: dict[str, tuple[str, ...]] = {
    "dana": ("modal usaha {focus}", "dana kegiatan pelatihan {skill}", "bantuan modal {focus}",
             "hibah peralatan {skill}"),
    "tenaga": ("instruktur {skill}", "{tutor}", "narasumber {skill}", "tutor {skill}"),
    "sarana": ("{tools}", "tempat praktik {skill}", "{place}", "peralatan praktik {skill}"),
    "program": ("magang {skill}", "pelatihan {skill}", "kursus {skill} bersertifikat",
                "magang di {work}"),
    "pendayagunaan_hasil": ("penyaluran lulusan sebagai {job}", "pemasaran {buy}",
                            "pembeli {buy}", "lowongan kerja {job}"),
}  # fmt: skip
_ORG_KINDS = ("PKBM", "SKB", "LKP", "Yayasan", "Dinas Pendidikan", "Karang Taruna")
_ORG_SECTORS = ("masyarakat", "pemerintah", "masyarakat", "masyarakat", "pemerintah", "masyarakat")
_ORG_OFFERS = (
    "peserta didik kesetaraan", "lulusan terampil", "ruang belajar sore hari",
    "warga belajar untuk kelas pelatihan", "tutor dan relawan", "kelompok sasaran pemberdayaan",
    "lokasi program di desa", "publikasi kegiatan", "peserta magang",
)  # fmt: skip


# -- pools ------------------------------------------------------------------------------------
def _fill(templates: tuple[str, ...], field: dict[str, tuple[str, ...]]) -> list[str]:
    """Every template with every value of its one slot (templates with two slots: paired)."""
    out = []
    for template in templates:
        slots = [s for s in field if "{" + s + "}" in template]
        if not slots:
            out.append(template)
            continue
        values = [field[s] for s in slots]
        for k in range(max(len(v) for v in values)):
            out.append(template.format(**{s: v[k % len(v)] for s, v in zip(slots, values)}))
    return out


class _Pool:
    """Phrases per field, flattened: row choice = offset[field] + floor(u * size[field])."""

    def __init__(self, per_field: list[list[str]]) -> None:
        self.size = np.array([len(p) for p in per_field])
        self.offset = np.concatenate([[0], np.cumsum(self.size)[:-1]])
        flat = [t for p in per_field for t in p]
        # Upper-case copies after the originals: shouting rows pick from there.
        self.values = pa.array(flat + [t.upper() for t in flat], type=pa.string())

    def draw(self, rng: np.random.Generator, fields: np.ndarray, upper: np.ndarray) -> pa.Array:
        pick = (rng.random(len(fields)) * self.size[fields]).astype(np.int64)
        return _take(self.values, self.offset[fields] + pick + upper * (len(self.values) // 2))


@cache
def _pools() -> tuple[dict[str, _Pool], dict[str, _Pool]]:
    fields = list(_FIELDS.values())
    offers = {a: _Pool([_fill(_OFFER_TEMPLATES[a], f) for f in fields]) for a in ASPECTS}
    needs = {a: _Pool([_fill(_NEED_TEMPLATES[a], f) for f in fields]) for a in ASPECTS}
    return offers, needs


@cache
def _regions() -> pd.DataFrame:
    """The covered regencies, how likely each is, and three ways of writing each name:
    official, ``KAB. NAME`` upper case, and the bare name (for kota only: a bare "Bogor"
    means the kabupaten, by convention)."""
    files = resources.files("mitramatch").joinpath("resources")
    with files.joinpath("kabkota.csv").open("rb") as fh:
        kab = pd.read_csv(fh, dtype={"kode": str, "kode_prov": str})
    with files.joinpath("provinsi.csv").open("rb") as fh:
        prov = pd.read_csv(fh, dtype={"kode": str}).set_index("kode")["nama"]
    kab = kab[kab["kode_prov"].isin(list(_PROVINCES))].reset_index(drop=True)
    share = kab["kode_prov"].map(_PROVINCES) / kab.groupby("kode_prov")["kode"].transform("size")
    names = kab["nama"]
    bare = names.str.replace(r"^(Kabupaten|Kota) ", "", regex=True)
    return pd.DataFrame(
        {
            "code": kab["kode"],
            "province": kab["kode_prov"].map(prov),
            "official": names,
            "upper": names.str.replace(r"^Kabupaten ", "KAB. ", regex=True).str.upper(),
            "bare": bare.where(names.str.startswith("Kota "), names),
            "town": bare,
            "lat": kab["lat"].astype(float),
            "lon": kab["lng"].astype(float),
            "p": share / share.sum(),
        }
    )


def _rupiah_pool() -> pa.Array:
    """Rupiah strings, amount-major: ``Rp 50.000.000``, ``50 juta``, ``50jt``, ``0,05 M``..."""
    out = []
    for m in (2.5, 5, 10, 15, 20, 25, 50, 75, 100, 150, 250, 500, 1000, 1500):
        rupiah = int(m * 1_000_000)
        grouped = f"{rupiah:,}".replace(",", ".")
        juta = f"{m:g}".replace(".", ",")
        miliar = f"{m / 1000:g}".replace(".", ",")
        out += [f"Rp {grouped}", f"Rp{grouped},00", f"{juta} juta", f"{juta}jt", f"{miliar} M",
                f"Rp {grouped},-", str(rupiah), f"IDR {grouped}"]  # fmt: skip
    return pa.array(out, type=pa.string())


_RUPIAH_FORMS = 8


# Text columns are built as Arrow arrays: take/concatenate/upper run in C++, and the result
# becomes pandas' own string dtype without a per-cell conversion (the slow part otherwise).
def _take(values: pa.Array | list[str] | tuple[str, ...], positions: np.ndarray) -> pa.Array:
    if not isinstance(values, pa.Array):
        values = pa.array(list(values), type=pa.string())
    return pc.take(values, pa.array(positions))


def _choice(rng: np.random.Generator, values, n: int, p=None) -> pa.Array:
    return _take(values, rng.choice(len(values), size=n, p=p))


def _join(*parts: pa.Array | str) -> pa.Array:
    """Element-wise concatenation (plain strings broadcast)."""
    return pc.binary_join_element_wise(*parts, "")


def _where(mask: np.ndarray, then: pa.Array | str | None, other: pa.Array) -> pa.Array:
    then = pa.scalar(then, pa.string()) if not isinstance(then, pa.Array) else then
    return pc.if_else(pa.array(mask), then, other)


def _blank(rng: np.random.Generator, values: pa.Array, rate: float) -> pa.Array:
    return _where(rng.random(len(values)) < rate, None, values)


def _shout(mask: np.ndarray, values: pa.Array) -> pa.Array:
    return _where(mask, pc.utf8_upper(values), values)


def _ids(prefix: str, n: int, width: int) -> pa.Array:
    numbers = pc.cast(pa.array(np.arange(1, n + 1)), pa.string())
    return _join(prefix, pc.utf8_lpad(numbers, width, "0"))


def _place(rng: np.random.Generator, n: int) -> dict[str, pa.Array | np.ndarray]:
    """Region columns: codes on about 60 % of rows, names spelled several ways, coordinates
    (regency point plus jitter) on about 75 %."""
    regions = _regions()
    which = rng.choice(len(regions), size=n, p=regions["p"].to_numpy())
    spelling = rng.choice(3, size=n, p=[0.5, 0.3, 0.2])
    names = pa.array(regions[["official", "upper", "bare"]].to_numpy().ravel(), type=pa.string())
    province = _take(regions["province"], which)
    lat = regions["lat"].to_numpy()[which] + rng.normal(0.0, 0.08, n)
    lon = regions["lon"].to_numpy()[which] + rng.normal(0.0, 0.08, n)
    no_coords = rng.random(n) < 0.25
    lat[no_coords] = np.nan
    lon[no_coords] = np.nan
    return {
        "province": _blank(rng, _shout(rng.random(n) < 0.2, province), 0.05),
        "regency": _blank(rng, _take(names, which * 3 + spelling), 0.03),
        "region_code": _blank(rng, _take(regions["code"], which), 0.4),
        "lat": np.round(lat, 5),
        "lon": np.round(lon, 5),
        "_town": _take(regions["town"], which),
    }


def _counts(rng: np.random.Generator, n: int, high: int, missing: float) -> pd.arrays.IntegerArray:
    values = rng.integers(0, high, size=n)
    return pd.arrays.IntegerArray(values, rng.random(n) < missing)


def _frame(columns: dict[str, pa.Array | np.ndarray | pd.api.extensions.ExtensionArray]):
    text = pd.StringDtype("pyarrow", na_value=np.nan)  # pandas' default ``str`` dtype
    return pd.DataFrame(
        {
            name: pd.Series(values, dtype=text) if isinstance(values, pa.Array) else values
            for name, values in columns.items()
        }
    )


def make_directory(n: int, *, seed: int = 0) -> pd.DataFrame:
    """A synthetic partner directory of ``n`` rows following the data contract.

    Parameters
    ----------
    n : int
        Number of partners (rows).
    seed : int, default 0
        Same seed, same frame.

    Returns
    -------
    DataFrame
        The contract's directory columns in order (``partner_id`` unique, all ten kinds and
        three sectors once ``n`` is in the hundreds), raw as a user would supply them:
        capacities as Rupiah or unit strings, ``active`` as ``ya``/``tidak``/``1``/...

    Examples
    --------
    >>> d = make_directory(500, seed=1)
    >>> d.shape, d["partner_id"].is_unique
    ((500, 24), True)
    >>> sorted(d["sector"].unique())
    ['masyarakat', 'pemerintah', 'swasta']
    """
    _check_n(n)
    rng = np.random.default_rng(seed)
    offers_pool, _ = _pools()
    kinds = list(KINDS)
    kind_code = rng.choice(len(kinds), size=n, p=_KIND_SHARE / _KIND_SHARE.sum())
    field = rng.integers(0, len(_FIELDS), size=n)
    # The sector: a kind's first sector mostly, its other one (if any) for about a third.
    second = rng.random(n) < 0.3
    sectors = [s for ks in KINDS.values() for s in (ks[0], ks[-1])]
    sector = _take(sectors, kind_code * 2 + second)

    place = _place(rng, n)
    heads = [h for kind in kinds for h in _NAME_HEADS[kind]]
    sizes = np.array([len(_NAME_HEADS[k]) for k in kinds])
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    head = offsets[kind_code] + (rng.random(n) * sizes[kind_code]).astype(np.int64)
    town = place.pop("_town")
    name = _join(
        _take(heads, head), " ", _choice(rng, _NAME_WORDS, n), " ",
        _choice(rng, _NAME_WORDS, n), " ", town,
    )  # fmt: skip
    shout = rng.random(n) < 0.1  # real directories have UPPER CASE rows

    columns: dict[str, object] = {
        "partner_id": _ids("MT-", n, 7),
        "name": _shout(shout, name),
        "sector": sector,
        "kind": _take(kinds, kind_code),
        **place,
    }
    offered = rng.random((n, len(ASPECTS))) < _OFFERS_P[kind_code]
    for j, aspect in enumerate(ASPECTS):
        text = offers_pool[aspect].draw(rng, field, shout)
        # A third of offers name two things, both from the partner's field.
        more = _join(text, ", ", offers_pool[aspect].draw(rng, field, shout))
        columns[f"offers_{aspect}"] = _where(
            ~offered[:, j], None, _where(rng.random(n) < 0.33, more, text)
        )
    rupiah = _rupiah_pool()
    units = {"tenaga": " orang", "sarana": " unit", "program": " peserta"}
    for j, aspect in enumerate(ASPECTS):
        if aspect == "dana":
            cells = _take(rupiah, rng.integers(0, len(rupiah), n))
        else:
            amount = pc.cast(pa.array(rng.integers(1, 40, size=n)), pa.string())
            unit = units.get(aspect, " orang/tahun")
            cells = _where(rng.random(n) < 0.5, _join(amount, unit), amount)
        columns[f"capacity_{aspect}"] = _where(~offered[:, j] | (rng.random(n) < 0.3), None, cells)
    vision = _join(
        _choice(rng, _VISION_HEADS, n), " ", _choice(rng, _VISION_GOALS, n),
        _choice(rng, _VISION_TAILS, n),
    )  # fmt: skip
    columns["vision"] = _blank(rng, vision, 0.2)
    seeks = _choice(rng, _SEEKS, n)
    seeks = _where(rng.random(n) < 0.3, _join(seeks, " dan ", _choice(rng, _SEEKS, n)), seeks)
    columns["seeks"] = _blank(rng, seeks, 0.3)
    active = _choice(
        rng, ["ya", "Ya", "aktif", "1", "true", "tidak", "nonaktif"], n,
        p=[0.4, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03],
    )  # fmt: skip
    columns["active"] = _blank(rng, active, 0.25)
    columns["years_active"] = _counts(rng, n, 40, 0.15)
    columns["partnerships_completed"] = _counts(rng, n, 25, 0.25)
    return _frame(columns)


def make_organisations(n: int, *, seed: int = 0) -> pd.DataFrame:
    """A synthetic batch of ``n`` organisations in the contract's batch layout.

    Columns: ``org_id``, ``name``, ``sector``, ``province``, ``regency``, ``region_code``,
    ``lat``, ``lon``, ``vision``, ``offers``, then ``need_<aspect>_priority``,
    ``need_<aspect>_description`` and ``need_<aspect>_quantity`` for each aspect. Each
    organisation needs one to three aspects; the cells of the others are empty.

    Examples
    --------
    >>> from mitramatch.engine.needs import NeedsProfile
    >>> orgs = make_organisations(3, seed=2)
    >>> orgs["org_id"].tolist()
    ['ORG-00001', 'ORG-00002', 'ORG-00003']
    >>> len(NeedsProfile.from_record(orgs.iloc[0].to_dict()).needs) >= 1
    True
    """
    _check_n(n)
    rng = np.random.default_rng(seed)
    _, needs_pool = _pools()
    field = rng.integers(0, len(_FIELDS), size=n)
    kind = rng.integers(0, len(_ORG_KINDS), size=n)
    place = _place(rng, n)
    town = place.pop("_town")
    columns: dict[str, object] = {
        "org_id": _ids("ORG-", n, 5),
        "name": _join(_take(_ORG_KINDS, kind), " ", _choice(rng, _NAME_WORDS, n), " ", town),
        "sector": _take(_ORG_SECTORS, kind),
        **place,
        "vision": _blank(
            rng, _join(_choice(rng, _VISION_HEADS, n), " ", _choice(rng, _VISION_GOALS, n)), 0.1
        ),
        "offers": _blank(
            rng, _join(_choice(rng, _ORG_OFFERS, n), ", ", _choice(rng, _ORG_OFFERS, n)), 0.15
        ),
    }
    # One to three needed aspects: a random ordering of the aspects, its first k kept.
    k = rng.choice([1, 2, 3], size=n, p=[0.3, 0.45, 0.25])
    order = np.argsort(rng.random((n, len(ASPECTS))), axis=1)
    needed = np.zeros((n, len(ASPECTS)), dtype=bool)
    np.put_along_axis(needed, order, np.arange(len(ASPECTS))[None, :] < k[:, None], axis=1)
    rupiah = _rupiah_pool()
    for j, aspect in enumerate(ASPECTS):
        skip = ~needed[:, j]
        if aspect == "dana":  # organisations ask for the smaller amounts
            quantity = _take(rupiah, rng.integers(0, 8 * _RUPIAH_FORMS, n))
        else:
            quantity = pc.cast(pa.array(rng.integers(1, 30, size=n)), pa.string())
        cells = {
            "priority": pc.cast(pa.array(rng.integers(1, 6, size=n)), pa.string()),
            "description": needs_pool[aspect].draw(rng, field, np.zeros(n, dtype=np.int64)),
            "quantity": _where(rng.random(n) < 0.4, None, quantity),
        }
        for name, values in cells.items():
            columns[f"need_{aspect}_{name}"] = _where(skip, None, values)
    return _frame(columns)


def _check_n(n: object) -> None:
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be a positive integer; got {n!r}")
