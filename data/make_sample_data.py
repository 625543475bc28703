"""Write mitramatch's sample partner directories and organisation batch.

Everything written here is fictional: the institutions, the people, their offers, capacities and
track records. Region codes, regency names and coordinates are real (copied from
shared/data/wilayah, which comes from github.com/cahyadsn/wilayah, MIT licence). Government
offices, BAZNAS and PKK teams carry the standard nomenclature of such offices; what they "offer"
here is invented and says nothing about the real offices.

How it works: every partner is one hand-written line in ``OKU_SPECS`` / ``PLG_SPECS`` (kind,
sector, role, field of skill, name, where it is, the aspects it surely offers). The offer texts are
composed from hand-written phrase lists per role (``ROLE_PHRASES``) filled with the vocabulary of
the partner's field (``FIELDS``), then lightly "dirtied" the way real directories are (varied
regency spellings, missing coordinates, UPPER CASE rows, a few typos, Rupiah written in many forms).
A fixed seed makes the output identical on every run.

Run from the repository root::

    .venv/bin/python data/make_sample_data.py

The evaluation grades in data/eval/judgements.csv were judged by hand on the files this script
writes with the seed below; changing the script or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path
from typing import NamedTuple

SEED = 16_01_1671
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")

# fmt: off
DIRECTORY_COLUMNS = [
    "partner_id", "name", "sector", "kind", "province", "regency", "region_code", "lat", "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision", "seeks", "active", "years_active", "partnerships_completed",
]
# fmt: on


# ---------------------------------------------------------------------------------------------
# Regions: codes, names and representative points from shared/data/wilayah (cahyadsn/wilayah).
# `spellings` are the ways real directories write the regency; `town` is the seat used in names.
# ---------------------------------------------------------------------------------------------
class Region(NamedTuple):
    code: str
    province: str
    lat: float
    lon: float
    town: str
    spellings: tuple[str, ...]


# fmt: off
REGIONS: dict[str, Region] = {
    "16.01": Region("16.01", "Sumatera Selatan", -4.09373, 104.10521, "Baturaja", (
        "Kabupaten Ogan Komering Ulu", "KAB. OGAN KOMERING ULU", "Ogan Komering Ulu",
        "Kab. OKU", "OKU", "Kab. Ogan Komering Ulu", "Baturaja, OKU")),
    "16.02": Region("16.02", "Sumatera Selatan", -3.36371, 105.39731, "Kayuagung", (
        "Kabupaten Ogan Komering Ilir", "KAB. OGAN KOMERING ILIR", "Kab. OKI")),
    "16.03": Region("16.03", "Sumatera Selatan", -3.6366, 103.99669, "Muara Enim", (
        "Kabupaten Muara Enim", "KAB. MUARA ENIM", "Muara Enim", "Kab. Muara Enim")),
    "16.04": Region("16.04", "Sumatera Selatan", -3.82882, 103.37895, "Lahat", (
        "Kabupaten Lahat", "KAB. LAHAT", "Lahat")),
    "16.07": Region("16.07", "Sumatera Selatan", -2.52017, 104.687, "Pangkalan Balai", (
        "Kabupaten Banyuasin", "KAB. BANYU ASIN", "Banyuasin", "Kab. Banyuasin")),
    "16.08": Region("16.08", "Sumatera Selatan", -4.07431, 104.56699, "Martapura", (
        "Kabupaten Ogan Komering Ulu Timur", "Kab. OKU Timur", "OKU TIMUR",
        "KAB. OGAN KOMERING ULU TIMUR", "OKU Timur")),
    "16.09": Region("16.09", "Sumatera Selatan", -4.58894, 103.91014, "Muaradua", (
        "Kabupaten Ogan Komering Ulu Selatan", "Kab. OKU Selatan", "OKU SELATAN",
        "OKU Selatan")),
    "16.10": Region("16.10", "Sumatera Selatan", -3.41529, 104.60531, "Indralaya", (
        "Kabupaten Ogan Ilir", "KAB. OGAN ILIR", "Ogan Ilir", "Kab. OI")),
    "16.71": Region("16.71", "Sumatera Selatan", -2.97172, 104.74132, "Palembang", (
        "Kota Palembang", "PALEMBANG", "Palembang", "KOTA PALEMBANG", "Kota Palembang")),
    "16.72": Region("16.72", "Sumatera Selatan", -4.1176, 103.26639, "Pagar Alam", (
        "Kota Pagar Alam", "PAGAR ALAM", "Kota Pagaralam")),
    "16.74": Region("16.74", "Sumatera Selatan", -3.44796, 104.22888, "Prabumulih", (
        "Kota Prabumulih", "PRABUMULIH", "Prabumulih")),
    "15.71": Region("15.71", "Jambi", -1.61818, 103.59979, "Jambi", (
        "Kota Jambi", "KOTA JAMBI", "Jambi")),
    "17.71": Region("17.71", "Bengkulu", -3.8414, 102.30816, "Bengkulu", (
        "Kota Bengkulu", "KOTA BENGKULU", "Bengkulu")),
    "18.08": Region("18.08", "Lampung", -4.51428, 104.60616, "Blambangan Umpu", (
        "Kabupaten Way Kanan", "KAB. WAY KANAN", "Way Kanan")),
    "18.72": Region("18.72", "Lampung", -5.1173, 105.30796, "Metro", (
        "Kota Metro", "KOTA METRO", "Metro")),
    "18.71": Region("18.71", "Lampung", -5.4142, 105.26213, "Bandar Lampung", (
        "Kota Bandar Lampung", "KOTA BANDAR LAMPUNG", "Bandar Lampung")),
}
# fmt: on

# fmt: off
PROVINCE_SPELLINGS = {
    "Sumatera Selatan": ("Sumatera Selatan",) * 8 + (
        "SUMATERA SELATAN", "SUMATERA SELATAN", "Sumatra Selatan", "Sumsel",
        "Prov. Sumatera Selatan"),
    "Jambi": ("Jambi", "JAMBI"),
    "Bengkulu": ("Bengkulu", "BENGKULU"),
    "Lampung": ("Lampung", "LAMPUNG", "Prov. Lampung"),
}
# fmt: on


# ---------------------------------------------------------------------------------------------
# Fields of skill: the words a row of that field is written with. Several forms per slot so that
# rows say the same thing in different words (menjahit / jahit / tata busana / penjahitan).
#   skill: the skill as a noun phrase     tutor: the person who teaches it
#   tools: equipment                      place: where it is practised
#   work:  a workplace (for magang)       job: what a graduate is hired as
#   buy:   products a buyer would take    supply: materials a shop sells (optional)
#   focus: what a funder would fund
# A phrase that needs a slot the field lacks (e.g. {buy} for otomotif) is never chosen.
# ---------------------------------------------------------------------------------------------
# fmt: off
FIELDS: dict[str, dict[str, list[str]]] = {
    "menjahit": {
        "skill": ["menjahit", "jahit", "tata busana", "penjahitan", "menjahit busana muslim",
                  "jahit pakaian wanita", "jahit-menjahit"],
        "tutor": ["instruktur menjahit", "penjahit berpengalaman", "tutor tata busana",
                  "pelatih jahit", "pengajar menjahit"],
        "tools": ["mesin jahit", "mesin jahit high speed", "mesin obras", "mesin jahit listrik"],
        "place": ["ruang praktik menjahit", "ruang jahit", "workshop busana"],
        "work": ["konveksi", "usaha konveksi", "butik dan usaha jahit"],
        "job": ["penjahit", "operator mesin jahit", "tenaga jahit konveksi"],
        "buy": ["pakaian jadi", "seragam sekolah", "mukena dan gamis", "hasil jahitan"],
        "supply": ["kain dan benang", "kain, benang dan aksesori jahit"],
        "focus": ["usaha jahit rumahan", "kelompok usaha menjahit", "usaha konveksi kecil"],
    },
    "tata_rias": {
        "skill": ["tata rias", "tata kecantikan rambut", "rias pengantin", "make up",
                  "tata kecantikan kulit", "potong rambut"],
        "tutor": ["instruktur tata rias", "perias pengantin senior", "beautician", "penata rambut"],
        "tools": ["peralatan salon", "kursi salon dan hair dryer", "kit make up", "alat facial"],
        "place": ["ruang praktik salon", "salon praktik", "studio rias"],
        "work": ["salon", "salon kecantikan", "usaha rias pengantin"],
        "job": ["kapster", "asisten perias", "terapis salon"],
        "focus": ["usaha salon rumahan", "perempuan muda putus sekolah"],
    },
    "komputer": {
        "skill": ["komputer perkantoran", "operator komputer", "Microsoft Office", "desain grafis",
                  "administrasi perkantoran", "aplikasi perkantoran (Word, Excel)"],
        "tutor": ["instruktur komputer", "tutor TIK", "pengajar desain grafis", "instruktur IT"],
        "tools": ["komputer", "PC", "laptop", "komputer desktop"],
        "place": ["lab komputer", "ruang komputer", "laboratorium TIK"],
        "work": ["kantor mitra", "percetakan", "rental komputer"],
        "job": ["operator komputer", "admin", "staf administrasi"],
        "focus": ["literasi digital", "keterampilan kerja kantor"],
    },
    "otomotif": {
        "skill": ["otomotif sepeda motor", "servis motor", "mekanik sepeda motor",
                  "otomotif roda dua", "perbengkelan", "sepeda motor injeksi", "tune up motor"],
        "tutor": ["instruktur otomotif", "mekanik senior", "kepala mekanik", "teknisi motor"],
        "tools": ["peralatan bengkel", "tool kit mekanik", "engine stand",
                  "kompresor dan kunci-kunci", "alat scanner injeksi"],
        "place": ["bengkel praktik", "workshop otomotif", "bengkel"],
        "work": ["bengkel", "bengkel sepeda motor", "bengkel resmi"],
        "job": ["mekanik", "helper mekanik", "teknisi sepeda motor"],
        "focus": ["pemuda putus sekolah", "usaha bengkel kecil"],
    },
    "otomotif_mobil": {
        "skill": ["otomotif roda empat", "servis mobil", "tune up mobil", "mekanik mobil",
                  "kelistrikan mobil", "spooring balancing"],
        "tutor": ["instruktur otomotif", "mekanik senior", "teknisi mobil", "service advisor"],
        "tools": ["lift mobil", "peralatan bengkel mobil", "engine trainer",
                  "alat diagnostik (OBD)"],
        "place": ["bengkel praktik", "workshop otomotif", "bengkel mobil"],
        "work": ["bengkel mobil", "bengkel resmi", "dealer mobil"],
        "job": ["mekanik mobil", "helper mekanik", "teknisi"],
        "focus": ["pemuda putus sekolah"],
    },
    "las": {
        "skill": ["pengelasan", "las listrik", "las SMAW", "teknik las", "las besi dan teralis"],
        "tutor": ["instruktur las", "juru las bersertifikat", "welder senior"],
        "tools": ["mesin las", "trafo las", "gerinda dan mesin las", "perlengkapan K3 las"],
        "place": ["bengkel las", "workshop pengelasan"],
        "work": ["bengkel las", "bengkel teralis", "usaha fabrikasi besi"],
        "job": ["juru las", "welder", "tukang las"],
        "focus": ["pemuda putus sekolah", "usaha bengkel las"],
    },
    "tata_boga": {
        "skill": ["tata boga", "memasak", "pembuatan kue", "olahan pangan", "pembuatan pempek",
                  "bakery", "kue kering"],
        "tutor": ["instruktur tata boga", "chef", "juru masak berpengalaman", "pembuat kue"],
        "tools": ["peralatan dapur", "oven dan mixer", "kompor gas dan peralatan masak",
                  "freezer dan vacuum sealer"],
        "place": ["dapur praktik", "dapur produksi", "ruang praktik boga"],
        "work": ["rumah makan", "usaha katering", "toko kue"],
        "job": ["juru masak", "cook helper", "tenaga katering"],
        "buy": ["kue basah", "pempek dan kemplang", "makanan olahan", "kue kering"],
        "focus": ["usaha kuliner rumahan", "kelompok usaha makanan"],
    },
    "bahasa_inggris": {
        "skill": ["bahasa Inggris", "English conversation", "bahasa Inggris untuk kerja",
                  "bahasa Inggris pariwisata"],
        "tutor": ["tutor bahasa Inggris", "pengajar bahasa Inggris", "pengajar relawan"],
        "tools": ["headset dan perangkat audio", "perangkat lab bahasa"],
        "place": ["ruang kelas bahasa", "lab bahasa"],
        "work": ["hotel", "agen perjalanan"],
        "job": ["resepsionis", "pemandu wisata"],
        "focus": ["pelajar dan pemuda"],
    },
    "barista": {
        "skill": ["barista", "peracikan kopi", "manual brew", "pengolahan kopi robusta",
                  "roasting kopi"],
        "tutor": ["barista senior", "instruktur barista", "roaster", "Q-grader kopi"],
        "tools": ["mesin espresso", "grinder kopi", "alat manual brew", "mesin roasting kecil"],
        "place": ["coffee lab", "kedai praktik", "rumah sangrai"],
        "work": ["kedai kopi", "kafe", "usaha kopi bubuk"],
        "job": ["barista", "pramusaji kafe", "roaster"],
        "buy": ["kopi robusta bubuk", "biji kopi sangrai", "kopi kemasan"],
        "focus": ["petani kopi muda", "usaha kopi lokal"],
    },
    "pertanian": {
        "skill": ["budidaya sayuran", "hortikultura", "pertanian organik", "budidaya cabai",
                  "pembuatan pupuk kompos", "hidroponik", "pertanian terpadu"],
        "tutor": ["penyuluh pertanian", "PPL", "petani pelopor", "pendamping kelompok tani"],
        "tools": ["bibit dan pupuk", "hand traktor", "alat semprot dan cangkul",
                  "polybag dan bibit"],
        "place": ["lahan praktik", "kebun percontohan", "demplot", "kebun bersama"],
        "work": ["kebun sayur", "kelompok tani", "usaha hortikultura"],
        "job": ["pekerja kebun", "petani mitra", "tenaga panen"],
        "buy": ["sayuran", "cabai dan tomat", "hasil panen", "sayur organik"],
        "supply": ["bibit, pupuk dan pestisida", "benih sayur dan pupuk organik"],
        "focus": ["kelompok tani", "ketahanan pangan keluarga", "pertanian desa"],
    },
    "perkebunan": {
        "skill": ["budidaya kelapa sawit", "penyadapan karet", "perawatan kebun karet",
                  "pembibitan sawit", "panen sawit yang benar"],
        "tutor": ["mandor kebun", "asisten kebun", "agronom", "penyuluh kebun"],
        "tools": ["bibit sawit unggul", "bibit karet klon unggul", "pupuk dan herbisida"],
        "place": ["kebun inti", "pembibitan (nursery)", "afdeling"],
        "work": ["kebun inti", "pabrik kelapa sawit", "pabrik karet remah"],
        "job": ["karyawan kebun", "penyadap", "pemanen", "operator pabrik"],
        "buy": ["TBS sawit", "bokar/lateks karet", "getah karet"],
        "focus": ["desa sekitar kebun", "petani plasma"],
    },
    "perikanan": {
        "skill": ["budidaya ikan lele", "budidaya ikan patin", "bioflok", "pengolahan ikan",
                  "pembenihan ikan"],
        "tutor": ["penyuluh perikanan", "pembudidaya berpengalaman"],
        "tools": ["terpal kolam bioflok", "benih ikan dan pakan", "aerator"],
        "place": ["kolam percontohan", "balai benih ikan"],
        "work": ["kolam budidaya", "usaha pengolahan ikan"],
        "job": ["pekerja kolam"],
        "buy": ["ikan konsumsi", "kerupuk dan kemplang ikan", "ikan salai"],
        "focus": ["kelompok pembudidaya ikan"],
    },
    "kerajinan": {
        "skill": ["anyaman purun", "kerajinan rotan", "anyaman bambu", "kerajinan tangan",
                  "pembuatan sapu ijuk"],
        "tutor": ["perajin senior", "pengrajin anyaman", "pelatih kerajinan"],
        "tools": ["bahan baku purun dan alat anyam", "alat kerajinan", "bahan rotan"],
        "place": ["rumah produksi", "galeri kerajinan", "sanggar kerajinan"],
        "work": ["sentra kerajinan", "rumah produksi kerajinan"],
        "job": ["perajin", "tenaga finishing"],
        "buy": ["tikar purun", "tas anyaman", "kerajinan tangan", "sapu ijuk dan sulak"],
        "focus": ["perajin desa", "ekonomi kreatif"],
    },
    "songket": {
        "skill": ["tenun songket", "menenun", "songket Palembang", "kain jumputan",
                  "pewarnaan jumputan", "tenun"],
        "tutor": ["penenun senior", "perajin songket", "perajin jumputan"],
        "tools": ["alat tenun (dayan)", "alat tenun bukan mesin (ATBM)",
                  "bahan benang dan pewarna"],
        "place": ["rumah tenun", "galeri songket", "sanggar tenun"],
        "work": ["sentra tenun", "galeri songket", "usaha jumputan"],
        "job": ["penenun", "perajin jumputan", "tenaga pewarnaan"],
        "buy": ["kain songket", "kain jumputan", "selendang songket", "kain tenun"],
        "focus": ["perajin perempuan", "ekonomi kreatif"],
    },
    "sablon": {
        "skill": ["sablon", "sablon kaos", "sablon manual", "sablon digital (DTF)", "percetakan"],
        "tutor": ["instruktur sablon", "operator sablon senior", "desainer grafis"],
        "tools": ["meja sablon dan screen", "mesin press kaos", "mesin cetak digital"],
        "place": ["ruang produksi sablon", "workshop sablon"],
        "work": ["usaha sablon", "percetakan"],
        "job": ["operator sablon", "tenaga produksi", "desainer"],
        "buy": ["kaos sablon", "tas dan kaos seragam"],
        "focus": ["pemuda putus sekolah", "usaha kreatif"],
    },
    "perhotelan": {
        "skill": ["perhotelan", "tata graha (housekeeping)", "front office", "tata hidang",
                  "food and beverage service"],
        "tutor": ["supervisor housekeeping", "chef hotel", "front office manager"],
        "tools": ["peralatan tata hidang", "kamar praktik"],
        "place": ["ruang pertemuan hotel", "dapur hotel", "kamar praktik"],
        "work": ["hotel", "restoran hotel"],
        "job": ["room attendant", "pramusaji", "resepsionis", "cook helper"],
        "buy": ["kue dan snack untuk hotel", "suvenir khas daerah"],
        "focus": ["pemuda", "pariwisata daerah"],
    },
    "elektronika": {
        "skill": ["servis HP", "reparasi ponsel", "elektronika", "instalasi listrik rumah",
                  "servis AC dan kulkas"],
        "tutor": ["teknisi HP", "instruktur elektronika", "teknisi AC"],
        "tools": ["alat solder dan multimeter", "peralatan servis HP", "trainer instalasi listrik"],
        "place": ["ruang praktik elektronika", "bengkel elektronik"],
        "work": ["konter servis HP", "toko elektronik", "bengkel AC"],
        "job": ["teknisi", "teknisi HP", "teknisi AC"],
        "focus": ["pemuda putus sekolah"],
    },
    "ritel": {
        "skill": ["pramuniaga", "kasir dan pelayanan toko", "penataan barang (display)",
                  "manajemen toko"],
        "tutor": ["kepala toko", "supervisor toko"],
        "tools": ["etalase dan rak display", "mesin kasir"],
        "place": ["etalase produk lokal", "ruang display"],
        "work": ["toko", "swalayan"],
        "job": ["pramuniaga", "kasir", "staf gudang"],
        "buy": ["produk UMKM lokal", "makanan ringan kemasan", "kerajinan dan oleh-oleh"],
        "focus": ["UMKM lokal"],
    },
    "umkm": {
        "skill": ["kewirausahaan", "manajemen usaha kecil", "pembukuan sederhana",
                  "pemasaran digital", "pengemasan produk", "pemasaran online"],
        "tutor": ["pendamping UMKM", "konsultan usaha", "fasilitator kewirausahaan",
                  "mentor bisnis"],
        "tools": ["peralatan pengemasan", "etalase", "peralatan usaha"],
        "place": ["ruang pertemuan", "galeri UMKM", "rumah kemasan"],
        "work": ["UMKM binaan", "galeri UMKM"],
        "job": ["staf pemasaran", "admin toko online"],
        "buy": ["produk UMKM", "produk kelompok usaha", "makanan olahan dan kerajinan"],
        "focus": ["UMKM dan usaha mikro", "usaha ekonomi produktif", "kelompok usaha bersama"],
    },
    "perempuan": {
        "skill": ["keterampilan rumah tangga", "kewirausahaan perempuan", "olahan pangan",
                  "menjahit dan kerajinan", "pengelolaan keuangan keluarga"],
        "tutor": ["fasilitator pemberdayaan perempuan", "kader terlatih", "pendamping kelompok"],
        "tools": ["peralatan usaha rumahan", "peralatan produksi kelompok"],
        "place": ["balai pertemuan", "rumah produksi kelompok"],
        "work": ["usaha kelompok perempuan"],
        "job": ["tenaga produksi"],
        "buy": ["produk kelompok perempuan", "makanan olahan", "kerajinan ibu-ibu"],
        "focus": ["perempuan kepala keluarga", "kelompok usaha perempuan",
                  "ekonomi keluarga prasejahtera"],
    },
    "pendidikan": {
        "skill": ["keaksaraan (baca tulis hitung)", "literasi dan numerasi", "baca tulis",
                  "pendidikan kesetaraan"],
        "tutor": ["relawan pengajar", "tutor", "guru pendamping"],
        "tools": ["buku dan alat tulis", "perlengkapan belajar", "laptop"],
        "place": ["ruang belajar", "taman bacaan"],
        "work": ["sekolah mitra"],
        "job": ["tenaga pendidik"],
        "focus": ["pendidikan anak putus sekolah", "beasiswa pendidikan", "pendidikan nonformal"],
    },
    "umum": {
        "skill": ["keterampilan kerja", "kewirausahaan", "pemberdayaan masyarakat"],
        "tutor": ["fasilitator", "relawan", "pendamping masyarakat"],
        "tools": ["peralatan usaha", "perlengkapan kegiatan"],
        "place": ["balai pertemuan", "aula"],
        "work": ["usaha anggota"],
        "job": ["tenaga kerja lokal"],
        "focus": ["pemberdayaan ekonomi masyarakat", "pendidikan dan UMKM",
                  "desa binaan di sekitar wilayah operasi"],
    },
}
# fmt: on


# ---------------------------------------------------------------------------------------------
# Offer phrases per role, hand-written. {skill} {tutor} {tools} {place} {work} {job} {buy}
# {supply} {focus} come from the partner's field (a fresh choice for each slot); {n} is the aspect's
# capacity (persons, units, participants); {rp} a Rupiah amount written the way people write it.
# ---------------------------------------------------------------------------------------------
# fmt: off
ROLE_PHRASES: dict[str, dict[str, list[str]]] = {
    "lkp": {
        "dana": ["beasiswa kursus {skill} untuk peserta kurang mampu, total {rp} per tahun",
                 "potongan biaya kursus 50% bagi warga belajar PKBM"],
        "tenaga": ["{tutor} bersertifikat kompetensi, bisa mengajar di lokasi mitra",
                   "{n} orang {tutor} untuk kelas keterampilan {skill}",
                   "menyediakan {tutor} sebagai narasumber pelatihan {skill}",
                   "instruktur {skill} untuk kelas PKW (Pendidikan Kecakapan Wirausaha) mitra",
                   "tenaga pengajar {skill}, bisa datang ke desa"],
        "sarana": ["{place} dengan {n} unit {tools}",
                   "pinjam pakai {tools} dan {place} di luar jadwal kursus",
                   "tempat uji kompetensi (TUK) {skill}",
                   "{tools} ({n} unit) untuk praktik peserta mitra"],
        "program": ["kursus {skill} 3 bulan bersertifikat",
                    "pelatihan {skill} tingkat dasar sampai mahir",
                    "uji kompetensi {skill} bagi peserta didik lembaga mitra",
                    "kelas {skill} untuk {n} peserta per angkatan",
                    "magang singkat di {work} jejaring LKP"],
        "pendayagunaan_hasil": ["penyaluran alumni kursus ke {work} mitra",
                                "membantu menyalurkan lulusan sebagai {job}",
                                "info lowongan {job} lewat jejaring alumni",
                                "menampung {buy} buatan peserta untuk dijual di galeri LKP"],
    },
    "pkbm": {
        "tenaga": ["{n} tutor kesetaraan Paket B/C, bisa berbagi jadwal",
                   "tutor {skill} untuk kelas PKW warga belajar",
                   "pamong dan relawan pendidik untuk kelas keaksaraan"],
        "sarana": ["ruang belajar {n} kelas, bisa dipakai sore dan malam hari",
                   "{tools} untuk praktik bersama",
                   "taman bacaan masyarakat (TBM) dan ruang belajar"],
        "program": ["program kesetaraan Paket A, B dan C",
                    "PKW {skill} untuk warga belajar",
                    "keaksaraan dasar dan keaksaraan usaha mandiri",
                    "kelas bersama pelatihan {skill} (berbagi peserta)"],
        "pendayagunaan_hasil": ["memasarkan {buy} warga belajar di bazar PKBM",
                                "KBU alumni PKBM menerima anggota baru"],
    },
    "blk": {
        "dana": ["uang saku dan transport peserta pelatihan", "bantuan toolkit usaha bagi lulusan"],
        "tenaga": ["instruktur kejuruan {skill} bersertifikat",
                   "{n} orang instruktur BLK ({skill}) bisa diperbantukan",
                   "instruktur dan tenaga pelatih {skill}"],
        "sarana": ["workshop {skill} lengkap dengan {tools}",
                   "ruang praktik dan {tools} bisa dipinjam lembaga mitra",
                   "asrama dan workshop pelatihan"],
        "program": ["pelatihan berbasis kompetensi (PBK) kejuruan {skill}",
                    "pelatihan {skill} gratis {n} peserta per angkatan",
                    "pemagangan di perusahaan setelah pelatihan",
                    "pelatihan vokasi {skill} dan sertifikasi BNSP"],
        "pendayagunaan_hasil": ["penempatan lulusan lewat bursa kerja dan job fair",
                                "menyalurkan alumni pelatihan ke industri mitra sebagai {job}",
                                "pendampingan alumni membuka usaha {skill}"],
    },
    "dudi_usaha": {
        "dana": ["sponsor kegiatan pelatihan", "bantuan modal usaha untuk alumni magang",
                 "sumbangan alat dan bahan praktik"],
        "tenaga": ["{tutor} bisa jadi narasumber praktik {skill}",
                   "mengirim {n} orang {tutor} untuk mengajar praktik",
                   "{tutor} sebagai pembimbing peserta magang"],
        "sarana": ["pinjam pakai {tools} di luar jam operasional",
                   "tempat praktik langsung di {work} kami"],
        "program": ["magang/PKL di {work} kami, {n} orang per gelombang",
                    "praktik kerja lapangan (PKL) {skill} 1-3 bulan",
                    "pemagangan calon {job}",
                    "on the job training {skill} bagi peserta kursus"],
        "pendayagunaan_hasil": ["merekrut lulusan sebagai {job}",
                                "menerima {n} tenaga kerja {job} per tahun",
                                "membeli {buy} dari kelompok binaan",
                                "lulusan magang terbaik langsung dikontrak"],
    },
    "dudi_ritel": {
        "sarana": ["{supply} dengan harga grosir untuk kelompok usaha binaan",
                   "{supply} untuk praktik, bisa dibayar setelah produk laku"],
        "program": ["pelatihan pramuniaga dan kasir untuk calon karyawan",
                    "magang pramuniaga di toko kami"],
        "pendayagunaan_hasil": ["menerima titip jual (konsinyasi) {buy}",
                                "menampung {buy} dari kelompok usaha binaan",
                                "merekrut pramuniaga dan kasir dari lulusan pelatihan",
                                "membeli {buy} secara rutin",
                                "rak khusus produk lokal untuk {buy}"],
    },
    "dudi_hotel": {
        "dana": ["dana CSR kecil untuk kegiatan sosial sekitar hotel"],
        "tenaga": ["{tutor} sebagai narasumber pelatihan {skill}"],
        "sarana": ["ruang pertemuan untuk pelatihan dengan harga khusus",
                   "{place} untuk praktik peserta"],
        "program": ["magang/PKL {skill} di hotel, {n} orang per semester",
                    "on the job training {skill} bagi lulusan kursus"],
        "pendayagunaan_hasil": ["merekrut lulusan sebagai {job}",
                                "membeli {buy} dari UMKM sekitar"],
    },
    "dudi_perkebunan": {
        "dana": ["dana CSR pendidikan dan ekonomi untuk desa sekitar kebun, {rp}/tahun",
                 "bantuan modal kelompok plasma", "beasiswa anak karyawan dan warga desa sekitar"],
        "tenaga": ["{tutor} sebagai pendamping teknis {skill}",
                   "{n} orang {tutor} untuk penyuluhan petani"],
        "sarana": ["bantuan {tools} untuk petani", "{place} untuk praktik lapangan"],
        "program": ["pelatihan {skill} untuk petani plasma dan warga desa",
                    "program kemitraan plasma", "magang {skill} di {work}"],
        "pendayagunaan_hasil": ["menampung {buy} hasil petani mitra",
                                "merekrut {job} dari desa sekitar, {n} orang per tahun",
                                "rekrutmen karyawan lokal dari lulusan pelatihan"],
    },
    "dudi_digital": {
        "tenaga": ["mentor pemasaran digital untuk kelompok usaha"],
        "sarana": ["studio foto produk yang bisa dipakai UMKM binaan"],
        "program": ["pelatihan jualan online, foto produk dan copywriting",
                    "kelas onboarding UMKM ke marketplace, {n} peserta per angkatan"],
        "pendayagunaan_hasil": ["memasarkan {buy} lewat marketplace lokal",
                                "etalase online gratis 6 bulan untuk {buy}",
                                "kurasi produk untuk kampanye belanja produk lokal"],
    },
    "dudi_koperasi": {
        "dana": ["pinjaman modal anggota dengan jasa ringan, plafon s.d. {rp}",
                 "simpan pinjam untuk usaha mikro anggota", "dana bergulir kelompok usaha"],
        "sarana": ["gudang dan toko koperasi untuk produk anggota", "{tools} milik koperasi"],
        "program": ["pendidikan perkoperasian dan pembukuan usaha",
                    "pelatihan {skill} untuk anggota"],
        "pendayagunaan_hasil": ["menampung dan memasarkan {buy} anggota",
                                "membeli {buy} anggota dengan harga wajar"],
    },
    "dudi_industri": {
        "dana": ["program TJSL/kemitraan bagi usaha kecil, anggaran {rp}",
                 "bantuan dana pendidikan vokasi"],
        "tenaga": ["engineer dan teknisi sebagai instruktur tamu",
                   "{n} orang {tutor} sebagai pembimbing magang"],
        "sarana": ["training center dan {place}", "pinjam pakai {tools}"],
        "program": ["magang industri bersertifikat {n} peserta per tahun",
                    "pemagangan {skill} di lingkungan pabrik", "pelatihan K3 dasar"],
        "pendayagunaan_hasil": ["merekrut lulusan magang sebagai {job}",
                                "membeli {buy} UMKM binaan untuk kebutuhan perusahaan"],
    },
    "donor_csr": {
        "dana": ["hibah CSR untuk {focus}, maksimal {rp}",
                 "bantuan dana program pemberdayaan masyarakat di ring 1 perusahaan",
                 "bantuan modal usaha KBU dan kelompok usaha binaan ({focus})",
                 "dana TJSL untuk program {focus}, diajukan lewat proposal"],
        "sarana": ["bantuan peralatan ({tools}) untuk lembaga binaan",
                   "renovasi ruang belajar dan sarana pelatihan"],
        "program": ["program UMKM binaan: pelatihan {skill}",
                    "pendampingan {focus} selama 1 tahun"],
        "pendayagunaan_hasil": ["membeli produk UMKM binaan untuk suvenir perusahaan"],
        "tenaga": ["relawan karyawan (employee volunteering) sebagai narasumber"],
    },
    "donor_zakat": {
        "dana": ["zakat produktif untuk mustahik, total {rp} per tahun",
                 "bantuan modal usaha mikro bagi warga miskin",
                 "beasiswa pendidikan bagi anak dhuafa",
                 "infak/sedekah untuk program {focus}"],
        "sarana": ["bantuan alat usaha ({tools}) bagi mustahik", "bantuan gerobak dan alat usaha"],
        "program": ["pendampingan usaha mustahik", "program ekonomi produktif {focus}"],
        "tenaga": ["amil pendamping usaha mustahik"],
    },
    "donor_yayasan": {
        "dana": ["beasiswa dan hibah program {focus} hingga {rp}",
                 "hibah kecil untuk lembaga lokal",
                 "bantuan biaya pelatihan {skill}"],
        "tenaga": ["relawan pengajar dan fasilitator", "{n} relawan {tutor}"],
        "program": ["pendampingan {focus}", "pelatihan {skill} bersama lembaga lokal"],
        "sarana": ["bantuan {tools}"],
    },
    "donor_bank": {
        "dana": ["dana CSR bina lingkungan {rp} per tahun", "KUR dan pinjaman modal usaha mikro",
                 "bantuan dana untuk UMKM binaan"],
        "program": ["literasi keuangan dan pembukuan UMKM", "pelatihan {skill} bagi nasabah UMKM"],
        "sarana": ["bantuan sarana ({tools}) untuk kelompok usaha"],
        "pendayagunaan_hasil": ["pameran produk UMKM binaan di kantor cabang"],
    },
    "ormas_pkk": {
        "tenaga": ["kader PKK sebagai penggerak dan motivator ibu-ibu",
                   "{n} kader PKK terlatih {skill}"],
        "sarana": ["balai/sekretariat PKK untuk kegiatan belajar"],
        "program": ["kader PKK menggerakkan ibu-ibu ikut pelatihan",
                    "program UP2K-PKK (usaha peningkatan pendapatan keluarga)",
                    "pelatihan {skill} bagi ibu rumah tangga", "pendataan sasaran warga belajar"],
        "pendayagunaan_hasil": ["bazar dan pameran produk PKK", "menjual {buy} lewat jaringan PKK"],
    },
    "ormas_pemuda": {
        "tenaga": ["relawan pemuda untuk kegiatan di lingkungan",
                   "{n} anggota siap jadi fasilitator"],
        "sarana": ["gedung karang taruna / balai pemuda", "{tools} milik karang taruna"],
        "program": ["mengajak pemuda putus sekolah ikut Paket C dan pelatihan",
                    "pelatihan {skill} untuk pemuda setempat",
                    "kegiatan bersama dan sosialisasi program"],
        "pendayagunaan_hasil": ["usaha karang taruna ({work}) menyerap anggota terlatih"],
    },
    "ormas_yasinan": {
        "tenaga": ["ketua kelompok sebagai penggerak ibu-ibu",
                   "pengurus jadi penghubung dengan warga"],
        "sarana": ["rumah anggota dan mushola untuk tempat belajar", "tempat pertemuan rutin"],
        "program": ["sosialisasi program lewat pengajian yasinan mingguan",
                    "penjaringan warga belajar keaksaraan dan kesetaraan",
                    "arisan dan pengajian sekaligus belajar {skill}"],
    },
    "ormas_wanita": {
        "tenaga": ["anggota terampil {skill} siap berbagi ilmu", "mubaligah dan kader penggerak"],
        "sarana": ["aula organisasi untuk pelatihan"],
        "program": ["pengajian dan pelatihan {skill} ibu-ibu",
                    "pendampingan kelompok usaha perempuan"],
        "pendayagunaan_hasil": ["pemasaran {buy} anggota lewat jaringan organisasi"],
        "dana": ["iuran dan infak anggota untuk modal kelompok"],
    },
    "ormas_tani": {
        "tenaga": ["petani pelopor sebagai pelatih sesama petani",
                   "{n} anggota berpengalaman {skill}"],
        "sarana": ["{place} untuk praktik anggota dan mitra", "{tools} milik kelompok"],
        "program": ["sekolah lapang {skill}", "demplot {skill} bersama",
                    "pelatihan {skill} untuk anggota baru"],
        "pendayagunaan_hasil": ["menampung dan memasarkan {buy} anggota",
                                "jual bersama {buy} ke pedagang pasar"],
    },
    "ormas_lsm": {
        "dana": ["hibah kecil dari jaringan donor, sekitar {rp}"],
        "tenaga": ["fasilitator pemberdayaan masyarakat", "{n} pendamping lapangan"],
        "program": ["pendampingan {focus}", "pelatihan {skill} berbasis komunitas"],
        "pendayagunaan_hasil": ["membuka akses pasar bagi {buy} dari kelompok dampingan"],
    },
    "ormas_paguyuban": {
        "tenaga": ["anggota paguyuban ({tutor}) siap jadi pembimbing"],
        "program": ["magang di {work} anggota paguyuban", "pelatihan {skill} bersama"],
        "pendayagunaan_hasil": ["menyalurkan lulusan ke {work} anggota sebagai {job}"],
        "sarana": ["{work} anggota sebagai tempat praktik"],
    },
    "tokoh": {
        "dana": ["donasi pribadi sekitar {rp}", "sumbangan untuk kegiatan warga"],
        "tenaga": ["menjadi fasilitator dan motivator warga",
                   "penyambung lidah sosialisasi program ke warga", "narasumber {skill}"],
        "sarana": ["meminjamkan rumah/halaman untuk tempat belajar",
                   "rumah/halaman pribadi untuk {place}", "{tools} milik pribadi"],
        "program": ["menggerakkan warga desa ikut program",
                    "mengajak pemuda dan ibu-ibu ikut pelatihan {skill}",
                    "mengawal pelaksanaan program di lingkungannya"],
        "pendayagunaan_hasil": ["mempekerjakan warga terlatih di usahanya ({work})",
                                "membeli {buy} warga"],
    },
    "pusat_karya": {
        "tenaga": ["{tutor} sebagai pelatih", "{n} orang {tutor} siap melatih",
                   "belajar {skill} langsung dari {tutor}"],
        "sarana": ["tempat praktik dan {tools}", "{place} terbuka untuk peserta magang"],
        "program": ["magang langsung di {work}", "magang {skill} {n} orang per angkatan",
                    "belajar {skill} sambil produksi"],
        "pendayagunaan_hasil": ["menampung dan membeli {buy}",
                                "mempekerjakan lulusan sebagai {job}",
                                "memasarkan {buy} buatan alumni magang"],
    },
    "pt": {
        "dana": ["dana hibah pengabdian dosen, {rp} per tahun"],
        "tenaga": ["dosen pendamping {skill}", "mahasiswa KKN tematik {n} orang per periode",
                   "dosen sebagai narasumber {skill}"],
        "sarana": ["laboratorium dan {place}", "{tools} laboratorium untuk pelatihan"],
        "program": ["pengabdian masyarakat: pelatihan {skill}", "KKN tematik {skill}",
                    "program magang mahasiswa di lembaga mitra"],
        "pendayagunaan_hasil": ["inkubator bisnis untuk {buy}", "kurasi dan promosi {buy}"],
    },
    # --- dinas: each office has its own mandate, so its own list ---
    "dinas_naker": {
        "dana": ["bantuan paket usaha Tenaga Kerja Mandiri (TKM) senilai {rp}"],
        "tenaga": ["instruktur BLK dan pengantar kerja", "{n} instruktur kejuruan",
                   "pengantar kerja sebagai narasumber bursa kerja"],
        "sarana": ["workshop dan peralatan BLK bisa dipinjam", "ruang pelatihan Disnaker"],
        "program": ["program pemagangan di perusahaan", "pelatihan berbasis kompetensi bersama BLK",
                    "magang perbengkelan dan magang di perusahaan", "pelatihan kewirausahaan TKM"],
        "pendayagunaan_hasil": ["penempatan lulusan lewat bursa kerja/job fair",
                                "informasi pasar kerja dan job fair tahunan",
                                "penyaluran tenaga kerja ke perusahaan sawit dan industri"],
    },
    "dinas_sosial": {
        "dana": ["bantuan usaha ekonomi produktif (UEP), total {rp}", "bantuan modal KUBE"],
        "tenaga": ["pendamping sosial dan instruktur keterampilan", "instruktur {skill}",
                   "pekerja sosial masyarakat (PSM)"],
        "sarana": ["bantuan alat usaha ({tools}) untuk keluarga penerima manfaat",
                   "paket peralatan sablon dan {tools}"],
        "program": ["bimbingan keterampilan {skill}, sablon dan sapu ijuk bagi PMKS",
                    "pelatihan pembuatan sapu ijuk dan sulak",
                    "program KUBE (kelompok usaha bersama)",
                    "bimbingan keterampilan {skill} bagi keluarga miskin"],
    },
    "dinas_perindag": {
        "tenaga": ["pembina IKM / penyuluh perindustrian"],
        "sarana": ["rumah kemasan dan peralatan pengemasan", "bantuan peralatan IKM ({tools})"],
        "program": ["pembinaan Kelompok Belajar Usaha (KBU)",
                    "pelatihan IKM: pengemasan, label dan sertifikasi halal",
                    "pelatihan {skill} untuk IKM", "pembinaan KBU dan IKM {skill}"],
        "pendayagunaan_hasil": ["fasilitasi pameran produk dan bazar",
                                "akses pasar ke ritel modern", "promosi produk lewat galeri IKM"],
    },
    "dinas_koperasi": {
        "dana": ["dana bergulir untuk koperasi dan UMKM, plafon {rp}",
                 "pinjaman lunak usaha mikro"],
        "tenaga": ["pendamping KUMKM / konsultan PLUT"],
        "program": ["pelatihan kewirausahaan dan pembukuan", "pendampingan NIB dan izin PIRT",
                    "pelatihan {skill} untuk UMKM"],
        "pendayagunaan_hasil": ["kurasi produk UMKM untuk galeri dan e-katalog lokal",
                                "temu bisnis dan pameran UMKM"],
    },
    "dinas_pendidikan": {
        "dana": ["BOP kesetaraan bagi PKBM terdaftar", "bantuan operasional PKBM/LKP {rp}"],
        "tenaga": ["penilik dan pamong belajar", "tutor kesetaraan",
                   "{n} pamong belajar SKB bisa diperbantukan"],
        "sarana": ["gedung SKB dan ruang kelas", "buku dan modul kesetaraan"],
        "program": ["pendidikan kesetaraan Paket A/B/C", "keaksaraan dasar dan lanjutan",
                    "program PKW untuk warga belajar"],
    },
    "dinas_pmd": {
        "dana": ["dana desa untuk pelatihan keterampilan (lewat pemdes)"],
        "tenaga": ["pendamping desa dan pendamping lokal desa"],
        "program": ["pemberdayaan masyarakat desa", "pelatihan pengurus BUMDes"],
        "pendayagunaan_hasil": ["BUMDes menampung produk warga"],
    },
    "dinas_p3a": {
        "dana": ["bantuan usaha perempuan kepala keluarga senilai {rp}"],
        "tenaga": ["fasilitator gender dan konselor", "pendamping kelompok perempuan"],
        "program": ["pelatihan keterampilan bagi perempuan kepala keluarga",
                    "pemberdayaan ekonomi perempuan", "pelatihan {skill} untuk perempuan"],
        "pendayagunaan_hasil": ["fasilitasi pameran produk kelompok perempuan"],
    },
    "dinas_pertanian": {
        "tenaga": ["penyuluh pertanian lapangan (PPL) di tiap kecamatan", "{n} orang PPL"],
        "sarana": ["bantuan bibit, pupuk dan alsintan", "kebun percontohan / balai benih"],
        "program": ["sekolah lapang (SL) {skill}", "pelatihan {skill} untuk kelompok tani"],
        "pendayagunaan_hasil": ["fasilitasi pasar tani dan pembeli hasil panen (off-taker)"],
    },
    "dinas_perikanan": {
        "tenaga": ["penyuluh perikanan"],
        "sarana": ["bantuan benih ikan, pakan dan terpal kolam", "balai benih ikan"],
        "program": ["pelatihan budidaya lele bioflok dan olahan ikan", "pelatihan {skill}"],
    },
    "dinas_pangan": {
        "sarana": ["bibit sayur, polybag dan rumah bibit"],
        "program": ["Pekarangan Pangan Lestari (P2L) untuk kelompok wanita tani",
                    "pelatihan {skill} di pekarangan"],
        "pendayagunaan_hasil": ["gerai pangan dan pasar murah untuk hasil kelompok"],
        "tenaga": ["penyuluh ketahanan pangan"],
    },
    "dinas_pemuda": {
        "dana": ["hibah kegiatan kepemudaan s.d. {rp}"],
        "program": ["pelatihan kewirausahaan pemuda", "pelatihan {skill} bagi pemuda"],
    },
    "dinas_pariwisata": {
        "program": ["pelatihan pemandu wisata, homestay dan ekonomi kreatif"],
        "pendayagunaan_hasil": ["promosi produk kriya dan kuliner di event wisata",
                                "memasarkan {buy} di pusat informasi wisata"],
        "tenaga": ["narasumber ekonomi kreatif"],
    },
}
# fmt: on

# Aspects a role may add beyond its spec's core aspects (each with probability EXTRA_P).
ROLE_EXTRA: dict[str, tuple[str, ...]] = {
    "lkp": ("sarana", "program", "pendayagunaan_hasil", "dana"),
    "pkbm": ("sarana", "program"),
    "dudi_usaha": ("tenaga", "sarana", "dana"),
    "dudi_ritel": ("program",),
    "dudi_hotel": ("sarana", "tenaga"),
    "dudi_digital": ("tenaga", "sarana"),
    "donor_csr": ("sarana", "program"),
    "donor_zakat": ("sarana", "program"),
    "donor_yayasan": ("tenaga", "program"),
    "donor_bank": ("program",),
    "ormas_pkk": ("tenaga", "pendayagunaan_hasil"),
    "ormas_pemuda": ("tenaga", "sarana"),
    "ormas_yasinan": ("sarana",),
    "ormas_wanita": ("tenaga", "pendayagunaan_hasil"),
    "ormas_tani": ("sarana", "tenaga"),
    "tokoh": ("sarana", "tenaga"),
    "pusat_karya": ("tenaga", "sarana"),
    "pt": ("sarana", "program"),
}
EXTRA_P = 0.3

# Capacity ranges (non-dana: persons / units / participants / persons-or-units per year).
CAP_RANGE = {
    "tenaga": (1, 8),
    "sarana": (2, 20),
    "program": (10, 40),
    "pendayagunaan_hasil": (3, 30),
}
# Dana amounts in Rupiah, by role: (low, high).
# fmt: off
DANA_RANGE = {
    "donor_csr": (50_000_000, 1_500_000_000), "donor_zakat": (10_000_000, 250_000_000),
    "donor_yayasan": (10_000_000, 100_000_000), "donor_bank": (25_000_000, 300_000_000),
    "dudi_perkebunan": (50_000_000, 750_000_000), "dudi_industri": (100_000_000, 2_000_000_000),
    "dinas_naker": (100_000_000, 1_500_000_000), "dinas_sosial": (50_000_000, 500_000_000),
    "dinas_koperasi": (250_000_000, 3_000_000_000), "dinas_pendidikan": (100_000_000, 900_000_000),
    "dinas_p3a": (25_000_000, 200_000_000), "dinas_pemuda": (10_000_000, 100_000_000),
    "dinas_pmd": (50_000_000, 500_000_000), "dudi_koperasi": (5_000_000, 50_000_000),
    "tokoh": (300_000, 5_000_000), "ormas_lsm": (5_000_000, 60_000_000),
    "pt": (10_000_000, 75_000_000), "ormas_wanita": (1_000_000, 10_000_000),
}
# fmt: on
DANA_DEFAULT = (2_000_000, 25_000_000)

# fmt: off
VISION: dict[str, list[str]] = {  # by role first, then by kind
    "donor_csr": ["tumbuh bersama masyarakat di sekitar wilayah operasi",
                  "bersama membangun masyarakat yang mandiri dan sejahtera"],
    "donor_zakat": ["mengentaskan kemiskinan melalui zakat produktif",
                    "mengubah mustahik menjadi muzaki"],
    "donor_yayasan": ["pendidikan dan ekonomi yang berkeadilan bagi keluarga prasejahtera",
                      "bersama membangun masyarakat yang mandiri dan sejahtera"],
    "donor_bank": ["tumbuh bersama UMKM daerah", "bank yang dekat dan peduli pada usaha mikro"],
    "ormas_pkk": ["mewujudkan keluarga sejahtera dan masyarakat yang guyub",
                  "keluarga beriman, sehat, cerdas dan mandiri"],
    "ormas_pemuda": ["pemuda kreatif, mandiri dan peduli lingkungan",
                     "pemuda desa produktif dan berjiwa sosial"],
    "ormas_yasinan": ["memperkuat silaturahmi dan ukhuwah warga",
                      "jamaah yang rukun, berilmu dan saling membantu"],
    "ormas_wanita": ["perempuan berdaya, keluarga sejahtera",
                     "muslimah berilmu, beramal dan mandiri"],
    "ormas_tani": ["petani mandiri, panen meningkat, harga layak",
                   "kelompok tani yang kompak dan sejahtera"],
    "ormas_lsm": ["masyarakat berdaya dan setara", "perempuan berdaya, keluarga sejahtera"],
    "ormas_paguyuban": ["bengkel kecil maju bersama", "saling bantu antar-anggota"],
    "dudi_perkebunan": ["perkebunan berkelanjutan yang menyejahterakan masyarakat sekitar",
                        "tumbuh bersama petani plasma dan desa sekitar kebun"],
    "dudi_koperasi": ["koperasi sehat, anggota sejahtera",
                      "memperkuat ekonomi anggota melalui usaha bersama"],
    "dinas": ["terwujudnya pelayanan publik yang profesional dan menyejahterakan masyarakat",
              "meningkatkan kualitas SDM dan perluasan kesempatan kerja di daerah",
              "mewujudkan masyarakat yang sejahtera, mandiri dan berdaya saing",
              "pemerataan layanan dan pemberdayaan masyarakat sampai ke desa"],
    "blk": ["menghasilkan tenaga kerja kompeten, produktif dan berdaya saing",
            "pusat pelatihan vokasi yang menjawab kebutuhan industri"],
    "lkp": ["mencetak lulusan terampil dan mandiri yang siap kerja atau berwirausaha",
            "menjadi lembaga kursus unggulan yang melahirkan wirausaha baru",
            "membekali masyarakat dengan keterampilan praktis agar bisa hidup mandiri",
            "lulusan kompeten bersertifikat dan diterima dunia kerja"],
    "pkbm": ["mewujudkan warga belajar yang cerdas, terampil dan mandiri",
             "pendidikan sepanjang hayat untuk semua warga",
             "memperluas akses pendidikan kesetaraan dan keterampilan bagi warga desa"],
    "dudi": ["memberikan layanan terbaik dan tumbuh bersama masyarakat sekitar",
             "menjadi usaha lokal terpercaya yang menyerap tenaga kerja daerah",
             "tumbuh berkelanjutan dan peduli lingkungan sekitar",
             "kualitas nomor satu, pelanggan puas"],
    "donor": ["bersama membangun masyarakat yang mandiri dan sejahtera",
              "mengentaskan kemiskinan melalui pemberdayaan ekonomi produktif",
              "tumbuh bersama masyarakat di sekitar wilayah operasi",
              "pendidikan dan ekonomi yang berkeadilan bagi keluarga prasejahtera"],
    "ormas": ["mewujudkan keluarga sejahtera dan masyarakat yang guyub",
              "pemuda kreatif, mandiri dan peduli lingkungan",
              "memperkuat silaturahmi dan kemandirian ekonomi anggota",
              "perempuan berdaya, keluarga sejahtera"],
    "tokoh_masyarakat": ["desa maju, warga rukun dan berdaya",
                         "anak-anak desa harus sekolah dan punya keterampilan",
                         "membangun kampung dengan gotong royong"],
    "pusat_karya": ["melestarikan kerajinan daerah dan membuka lapangan kerja",
                    "produk lokal naik kelas dan dikenal luas",
                    "usaha bersama yang menghidupi warga sekitar"],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang bermanfaat bagi masyarakat",
                         "unggul dalam pengabdian masyarakat berbasis kearifan lokal",
                         "menghasilkan lulusan dan inovasi untuk pembangunan daerah"],
}
# fmt: on

# fmt: off
SEEKS: dict[str, list[str]] = {  # by role first, then by kind
    "dudi_ritel": ["pemasok produk lokal yang menjaga mutu dan kontinuitas",
                   "produk UMKM yang sudah berizin PIRT dan halal"],
    "dudi_koperasi": ["anggota baru dan kelompok usaha yang tertib angsuran",
                      "produk anggota yang bermutu untuk dipasarkan"],
    "dudi_perkebunan": ["tenaga kerja lokal terampil", "kelompok tani plasma yang solid",
                        "mitra pelaksana program CSR di desa sekitar kebun"],
    "dudi_digital": ["UMKM dengan produk siap jual online", "mitra pendamping kelompok usaha"],
    "dudi_hotel": ["tenaga kerja terampil siap pakai", "pemasok kue dan snack yang menjaga mutu"],
    "donor_bank": ["kelompok usaha yang layak dibiayai", "UMKM binaan calon nasabah"],
    "dinas": ["lembaga pelaksana program yang punya data sasaran jelas",
              "mitra untuk menjangkau warga miskin dan pengangguran",
              "lembaga penyelenggara pelatihan yang terdaftar dan tertib laporan"],
    "dinas_naker": ["peserta pelatihan dan pencari kerja terdaftar",
                    "lembaga pelatihan yang lulusannya siap ditempatkan"],
    "dinas_pendidikan": ["PKBM dan SKB yang aktif melapor di Dapodik",
                         "lembaga yang bisa menampung anak putus sekolah"],
    "blk": ["peserta pelatihan dari masyarakat prasejahtera",
            "peserta usia produktif yang siap ikut pelatihan penuh",
            "perusahaan tempat magang bagi alumni"],
    "lkp": ["peserta kursus dari warga belajar PKBM", "tempat magang untuk peserta kursus",
            "kerja sama penyelenggaraan program PKW", "peserta didik dan mitra DUDI"],
    "pkbm": ["berbagi tutor dan peserta didik", "mitra pelatihan keterampilan untuk warga belajar",
             "tempat magang bagi warga belajar"],
    "dudi": ["tenaga kerja terampil siap pakai", "calon karyawan yang disiplin dan jujur",
             "pemasok/produsen binaan yang bisa menjaga mutu",
             "lulusan pelatihan yang bisa langsung bekerja"],
    "donor_csr": ["mitra pelaksana program pemberdayaan yang akuntabel",
                  "program berkelanjutan dengan laporan yang jelas",
                  "lembaga lokal di wilayah ring 1 perusahaan"],
    "donor_zakat": ["mustahik produktif yang siap dibina",
                    "lembaga pendamping untuk penyaluran zakat produktif"],
    "donor": ["lembaga lokal yang transparan sebagai mitra pelaksana",
              "kelompok usaha yang layak dibiayai", "penerima manfaat yang tepat sasaran"],
    "ormas": ["program pemberdayaan untuk anggota",
              "pelatihan keterampilan bagi ibu-ibu dan pemuda",
              "narasumber untuk kegiatan rutin"],
    "ormas_tani": ["pembeli hasil panen dan pendampingan teknis", "bibit dan pelatihan budidaya"],
    "tokoh_masyarakat": ["program yang bermanfaat untuk warga desa",
                         "pelatihan bagi pemuda putus sekolah"],
    "pusat_karya": ["tenaga perajin muda", "regenerasi perajin dan tenaga produksi",
                    "perluasan pasar produk"],
    "perguruan_tinggi": ["lokasi KKN dan pengabdian kepada masyarakat", "mitra penelitian terapan",
                         "lokasi magang mahasiswa"],
}
# fmt: on

# fmt: off
YEARS = {  # (min, max) years active, by kind
    "dinas": (8, 40), "blk": (5, 40), "lkp": (1, 25), "pkbm": (2, 20), "dudi": (1, 30),
    "donor": (3, 25), "ormas": (2, 40), "tokoh_masyarakat": (5, 35), "pusat_karya": (3, 30),
    "perguruan_tinggi": (5, 40),
}
# fmt: on

# Misspellings seen in real directories; at most one per dirtied row.
# fmt: off
TYPOS = [("keterampilan", "ketrampilan"), ("praktik", "praktek"), ("instruktur", "instruktor"),
         ("menjahit", "menjait"), ("sertifikat", "sertifkat"), ("pelatihan", "pelathan"),
         ("bengkel", "bengkle"), ("lulusan", "lulusn"), ("peserta", "pesrta"),
         ("otomotif", "otomotip"), ("komputer", "komputr"), ("magang", "maggang")]
# fmt: on


# ---------------------------------------------------------------------------------------------
# The partners. One entry each: kind, sector, role, field, name, where ("home" or a region code),
# core aspects (always offered; "+" separates them), and optionally the partner's own words for
# some slots (work=["konveksi"]). Roles decide the phrase list, fields the vocabulary.
# ---------------------------------------------------------------------------------------------
class Spec(NamedTuple):
    kind: str
    sector: str
    role: str
    field: str
    name: str
    where: str
    core: str
    slots: dict[str, list[str]] | None = None  # this partner's own words for some slots


def S(
    kind: str,
    sector: str,
    role: str,
    field: str,
    name: str,
    where: str,
    core: str,
    **slots: list[str],
) -> Spec:
    return Spec(kind, sector, role, field, name, where, core, slots or None)


H = "home"
# fmt: off
OKU_SPECS = [
    # dinas
    S("dinas", "pemerintah", "dinas_naker", "otomotif",
      "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Ogan Komering Ulu", H,
      "dana+tenaga+program+pendayagunaan_hasil"),
    S("dinas", "pemerintah", "dinas_sosial", "menjahit", "Dinas Sosial Kabupaten OKU", H,
      "tenaga+program+sarana"),
    S("dinas", "pemerintah", "dinas_perindag", "tata_boga",
      "Dinas Perindustrian dan Perdagangan Kab. OKU", H, "program+pendayagunaan_hasil"),
    S("dinas", "pemerintah", "dinas_koperasi", "umkm", "Dinas Koperasi dan UKM Kabupaten OKU", H,
      "dana+program"),
    S("dinas", "pemerintah", "dinas_pendidikan", "pendidikan",
      "Dinas Pendidikan Kabupaten Ogan Komering Ulu (Bidang PAUD dan Dikmas)", H,
      "dana+tenaga+program"),
    S("dinas", "pemerintah", "dinas_pmd", "umum", "Dinas PMD Kabupaten OKU", H, "program+tenaga"),
    S("dinas", "pemerintah", "dinas_p3a", "perempuan", "DP3A Kabupaten Ogan Komering Ulu", H,
      "program+tenaga"),
    S("dinas", "pemerintah", "dinas_pertanian", "pertanian",
      "Dinas Tanaman Pangan dan Hortikultura Kabupaten OKU", H, "tenaga+program+sarana"),
    S("dinas", "pemerintah", "dinas_perikanan", "perikanan", "Dinas Perikanan Kabupaten OKU", H,
      "tenaga+sarana"),
    S("dinas", "pemerintah", "dinas_pangan", "pertanian",
      "Dinas Ketahanan Pangan Kabupaten Ogan Komering Ulu", H, "program+sarana"),
    S("dinas", "pemerintah", "dinas_pemuda", "umkm", "Dispora Kabupaten OKU", H, "program"),
    S("dinas", "pemerintah", "dinas_sosial", "menjahit", "Dinas Sosial Kabupaten OKU Timur",
      "16.08", "program+dana"),
    S("dinas", "pemerintah", "dinas_naker", "las",
      "Disnakertrans Provinsi Sumatera Selatan", "16.71", "program+pendayagunaan_hasil+tenaga"),
    # blk
    S("blk", "pemerintah", "blk", "menjahit", "UPTD Balai Latihan Kerja Kabupaten OKU", H,
      "tenaga+sarana+program+pendayagunaan_hasil"),
    S("blk", "masyarakat", "blk", "menjahit",
      "BLK Komunitas Pondok Pesantren Darul Ulum Baturaja", H, "program+tenaga"),
    S("blk", "masyarakat", "blk", "otomotif", "BLK Komunitas Ponpes Nurul Falah Muara Enim",
      "16.03", "program+sarana"),
    S("blk", "pemerintah", "blk", "las", "UPTD BLK Kabupaten OKU Timur", "16.08",
      "program+tenaga+sarana+pendayagunaan_hasil"),
    # lkp
    S("lkp", "masyarakat", "lkp", "menjahit", "LKP Citra Busana Baturaja", H, "tenaga+program"),
    S("lkp", "masyarakat", "lkp", "menjahit", "LKP Annisa Modiste", H, "tenaga+sarana"),
    S("lkp", "masyarakat", "lkp", "menjahit", "LKP Mutiara Busana Martapura", "16.08",
      "tenaga+program"),
    S("lkp", "masyarakat", "lkp", "menjahit", "LKP Rafflesia Busana Bengkulu", "17.71",
      "tenaga+program"),
    S("lkp", "masyarakat", "lkp", "tata_rias", "LKP Kartini Tata Rias dan Kecantikan", H,
      "tenaga+program"),
    S("lkp", "masyarakat", "lkp", "tata_rias", "LKP Salon Anggun Baturaja", H, "program"),
    S("lkp", "masyarakat", "lkp", "komputer", "LKP Prima Komputer Baturaja", H, "tenaga+sarana"),
    S("lkp", "masyarakat", "lkp", "komputer", "LKP Nusantara Komputer Muaradua", "16.09",
      "program"),
    S("lkp", "masyarakat", "lkp", "otomotif", "LKP Teknik Jaya Motor", H, "tenaga+program"),
    S("lkp", "swasta", "lkp", "las", "LPK Karya Las Mandiri", H, "program+tenaga"),
    S("lkp", "masyarakat", "lkp", "tata_boga", "LKP Dapur Bunda Baturaja", H, "tenaga+program"),
    S("lkp", "masyarakat", "lkp", "tata_boga", "LKP Sari Rasa Prabumulih", "16.74", "program"),
    S("lkp", "masyarakat", "lkp", "bahasa_inggris", "LKP English Corner Baturaja", H, "tenaga"),
    S("lkp", "masyarakat", "lkp", "barista", "LKP Barista Kopi Ulu", H, "program"),
    S("lkp", "masyarakat", "lkp", "pertanian", "LKP Hidroponik Hijau Lestari", H,
      "program+tenaga"),
    # pkbm
    S("pkbm", "masyarakat", "pkbm", "menjahit", "PKBM Tunas Harapan", H, "tenaga+program"),
    S("pkbm", "masyarakat", "pkbm", "tata_boga", "PKBM Bina Karya Mandiri", H, "tenaga+sarana"),
    S("pkbm", "masyarakat", "pkbm", "pertanian", "PKBM Al-Ikhlas Lubuk Batang", H,
      "program+sarana"),
    S("pkbm", "masyarakat", "pkbm", "kerajinan", "PKBM Sinar Ilmu", H, "tenaga"),
    S("pkbm", "masyarakat", "pkbm", "tata_boga", "PKBM Mandiri Sejahtera Lahat", "16.04",
      "program"),
    S("pkbm", "masyarakat", "pkbm", "menjahit", "PKBM Nurul Iman Way Kanan", "18.08",
      "tenaga+program"),
    # dudi
    S("dudi", "swasta", "dudi_usaha", "otomotif", "Bengkel Maju Jaya Motor", H,
      "program+pendayagunaan_hasil", work=["bengkel"]),
    S("dudi", "swasta", "dudi_usaha", "las", "Bengkel Las Sinar Baja", H, "program",
      work=["bengkel las"]),
    S("dudi", "swasta", "dudi_usaha", "menjahit", "Konveksi Ratu Collection", H,
      "program+pendayagunaan_hasil", work=["konveksi"]),
    S("dudi", "swasta", "dudi_usaha", "menjahit", "CV Sumber Rezeki Konveksi", H,
      "program+tenaga+sarana+pendayagunaan_hasil", work=["konveksi"],
      buy=["seragam sekolah", "jahitan borongan (sistem maklun)"]),
    S("dudi", "swasta", "dudi_ritel", "menjahit", "Toko Kain Nusa Indah", H, "sarana"),
    S("dudi", "swasta", "dudi_ritel", "ritel", "Swalayan Baturaja Indah", H,
      "pendayagunaan_hasil"),
    S("dudi", "swasta", "dudi_hotel", "perhotelan", "Hotel Ogan Permai", H,
      "program+pendayagunaan_hasil"),
    S("dudi", "swasta", "dudi_usaha", "tata_boga", "Rumah Makan Pindang Ulu", H,
      "pendayagunaan_hasil", work=["rumah makan"], buy=["kerupuk dan kemplang", "sambal kemasan"]),
    S("dudi", "swasta", "dudi_perkebunan", "perkebunan", "PT Ogan Lestari Sawit", H,
      "dana+tenaga+program+pendayagunaan_hasil",
      skill=["budidaya kelapa sawit", "pembibitan sawit", "panen sawit yang benar"],
      tools=["bibit sawit unggul", "pupuk dan herbisida"], buy=["TBS sawit"],
      work=["kebun inti", "pabrik kelapa sawit"]),
    S("dudi", "swasta", "dudi_perkebunan", "perkebunan", "PT Karet Ulu Makmur", H,
      "pendayagunaan_hasil+program",
      skill=["penyadapan karet", "perawatan kebun karet", "pengolahan bokar bersih"],
      tools=["bibit karet klon unggul"], buy=["bokar/lateks karet", "getah karet"],
      work=["pabrik karet remah", "kebun karet"], job=["penyadap", "operator pabrik"]),
    S("dudi", "swasta", "dudi_koperasi", "pertanian", "Koperasi Produsen Tani Makmur", H,
      "pendayagunaan_hasil+dana"),
    S("dudi", "swasta", "dudi_koperasi", "perempuan", "KSP Wanita Sejahtera Baturaja", H,
      "dana"),
    S("dudi", "swasta", "dudi_usaha", "tata_rias", "Salon Cantika", H, "program",
      work=["salon"]),
    S("dudi", "swasta", "dudi_usaha", "sablon", "Percetakan dan Sablon Karya Grafika", H,
      "program+pendayagunaan_hasil", work=["percetakan dan sablon"]),
    S("dudi", "swasta", "dudi_usaha", "barista", "Kedai Kopi Ulu Ogan", H, "pendayagunaan_hasil",
      work=["kedai kopi"]),
    S("dudi", "swasta", "dudi_ritel", "pertanian", "Toko Pertanian Subur Tani", H, "sarana"),
    S("dudi", "swasta", "dudi_ritel", "pertanian", "UD Sayur Segar Baturaja", H,
      "pendayagunaan_hasil", buy=["sayuran", "cabai dan tomat", "sayur organik"]),
    S("dudi", "swasta", "dudi_usaha", "otomotif", "PT Sinar Surya Motor (dealer sepeda motor)",
      "16.08", "program+pendayagunaan_hasil", work=["dealer dan bengkel resmi", "bengkel resmi"]),
    S("dudi", "swasta", "dudi_usaha", "menjahit", "Konveksi Berkah Busana Muara Enim", "16.03",
      "pendayagunaan_hasil+program", work=["konveksi"]),
    # donor
    S("donor", "swasta", "donor_csr", "umum", "TJSL PT Semen Ogan Persada", H, "dana"),
    S("donor", "swasta", "donor_csr", "pendidikan", "CSR PT Bara Lematang Energi", "16.04",
      "dana"),
    S("donor", "masyarakat", "donor_zakat", "menjahit", "BAZNAS Kabupaten Ogan Komering Ulu", H,
      "dana+sarana"),
    S("donor", "masyarakat", "donor_zakat", "umkm", "LAZ Amanah Insani Baturaja", H, "dana"),
    S("donor", "masyarakat", "donor_yayasan", "pendidikan", "Yayasan Peduli Pendidikan Ulu Ogan",
      H, "dana"),
    S("donor", "swasta", "donor_bank", "umkm", "CSR PT BPR Ogan Makmur", H, "dana"),
    S("donor", "swasta", "donor_csr", "umum", "TJSL PT Migas Musi Raya", "16.03", "dana"),
    S("donor", "masyarakat", "donor_zakat", "umkm", "BAZNAS Kabupaten OKU Timur", "16.08",
      "dana"),
    S("donor", "masyarakat", "donor_yayasan", "perempuan", "Yayasan Cahaya Ummat Lampung",
      "18.71", "dana"),
    S("donor", "swasta", "donor_csr", "perkebunan", "CSR PT Batanghari Agro Sejahtera",
      "15.71", "dana"),
    # ormas
    S("ormas", "masyarakat", "ormas_pkk", "menjahit", "TP PKK Kabupaten Ogan Komering Ulu", H,
      "program"),
    S("ormas", "masyarakat", "ormas_pkk", "tata_boga", "TP PKK Kecamatan Baturaja Barat", H,
      "program+pendayagunaan_hasil"),
    S("ormas", "masyarakat", "ormas_pemuda", "otomotif", "Karang Taruna Tunas Muda Sukaraya", H,
      "program"),
    S("ormas", "masyarakat", "ormas_pemuda", "pertanian", "Karang Taruna Bina Bakti Peninjauan",
      H, "program+tenaga"),
    S("ormas", "masyarakat", "ormas_yasinan", "menjahit", "Kelompok Yasinan Nurul Huda", H,
      "program"),
    S("ormas", "masyarakat", "ormas_yasinan", "tata_boga", "Kelompok Yasinan Al-Muhajirin", H,
      "program+sarana"),
    S("ormas", "masyarakat", "ormas_wanita", "menjahit", "Persatuan Wanita Muslimah Baturaja", H,
      "program"),
    S("ormas", "masyarakat", "ormas_tani", "pertanian", "KWT Mawar Lestari", H,
      "program+pendayagunaan_hasil"),
    S("ormas", "masyarakat", "ormas_lsm", "perempuan", "LSM Lembaga Pemberdayaan Ulu Mandiri", H,
      "tenaga+program"),
    S("ormas", "masyarakat", "ormas_tani", "pertanian", "Gapoktan Sido Makmur", "16.08",
      "program+pendayagunaan_hasil"),
    # tokoh masyarakat (people are fictional)
    S("tokoh_masyarakat", "masyarakat", "tokoh", "umum",
      "H. Syamsuddin Rais (tokoh masyarakat Kel. Sukaraya)", H, "program+tenaga+dana"),
    S("tokoh_masyarakat", "masyarakat", "tokoh", "menjahit",
      "Hj. Nurhayati (penjahit dan ketua majelis taklim)", H, "tenaga+sarana"),
    S("tokoh_masyarakat", "masyarakat", "tokoh", "pertanian",
      "Darmawan, S.P. (Kepala Desa Karang Agung Jaya)", H, "program+sarana"),
    S("tokoh_masyarakat", "masyarakat", "tokoh", "pendidikan", "Ustadz Ahmad Fauzi", H,
      "program"),
    S("tokoh_masyarakat", "masyarakat", "tokoh", "pertanian", "Ir. Sukardi (petani pelopor)",
      "16.08", "tenaga+program"),
    # pusat karya
    S("pusat_karya", "masyarakat", "pusat_karya", "kerajinan", "Sentra Kerajinan Purun Lengkiti",
      H, "program+pendayagunaan_hasil"),
    S("pusat_karya", "swasta", "pusat_karya", "barista", "Sentra Kopi Robusta Ulu Ogan", H,
      "pendayagunaan_hasil", work=["rumah sangrai dan kebun kopi"],
      buy=["biji kopi petani", "kopi bubuk buatan alumni"]),
    S("pusat_karya", "swasta", "pusat_karya", "tata_boga",
      "Rumah Produksi Kemplang dan Pempek Cek Ida", H, "program+pendayagunaan_hasil",
      work=["rumah produksi kemplang"], buy=["pempek dan kemplang", "kemplang mentah"],
      job=["tenaga produksi", "pekerja produksi kemplang"],
      skill=["pembuatan pempek", "pembuatan kemplang", "olahan ikan"]),
    S("pusat_karya", "masyarakat", "pusat_karya", "menjahit",
      "Sentra Konveksi Rumahan Kelurahan Air Gading", H, "program+pendayagunaan_hasil",
      work=["konveksi rumahan anggota sentra"]),
    S("pusat_karya", "swasta", "pusat_karya", "las", "Pusat Karya Besi dan Las Karya Mandiri", H,
      "program", work=["bengkel las"]),
    S("pusat_karya", "masyarakat", "pusat_karya", "songket", "Sentra Songket Tiga Ilir",
      "16.71", "pendayagunaan_hasil+program"),
    # perguruan tinggi
    S("perguruan_tinggi", "masyarakat", "pt", "umkm", "Universitas Cendekia Baturaja", H,
      "tenaga+program"),
    S("perguruan_tinggi", "pemerintah", "pt", "pertanian", "Politeknik Negeri Pertanian Ulu Ogan",
      H, "tenaga+program"),
    S("perguruan_tinggi", "masyarakat", "pt", "umkm", "STIE Bumi Ogan Baturaja", H, "program"),
    S("perguruan_tinggi", "masyarakat", "pt", "komputer", "Universitas Musi Raya", "16.71",
      "tenaga"),
]
# fmt: on

# fmt: off
PLG_SPECS = [
    # dinas
    S("dinas", "pemerintah", "dinas_naker", "otomotif", "Dinas Tenaga Kerja Kota Palembang", H,
      "tenaga+program+pendayagunaan_hasil+sarana"),
    S("dinas", "pemerintah", "dinas_sosial", "menjahit", "Dinas Sosial Kota Palembang", H,
      "program+dana"),
    S("dinas", "pemerintah", "dinas_perindag", "songket", "Dinas Perindustrian Kota Palembang",
      H, "program+pendayagunaan_hasil"),
    S("dinas", "pemerintah", "dinas_perindag", "tata_boga", "Dinas Perdagangan Kota Palembang", H,
      "pendayagunaan_hasil"),
    S("dinas", "pemerintah", "dinas_koperasi", "umkm", "Dinas Koperasi dan UKM Kota Palembang", H,
      "dana+program+pendayagunaan_hasil"),
    S("dinas", "pemerintah", "dinas_pendidikan", "pendidikan", "Dinas Pendidikan Kota Palembang",
      H, "tenaga+program"),
    S("dinas", "pemerintah", "dinas_p3a", "perempuan",
      "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Palembang", H,
      "program+tenaga+dana"),
    S("dinas", "pemerintah", "dinas_pariwisata", "songket", "Dinas Pariwisata Kota Palembang", H,
      "pendayagunaan_hasil+program"),
    S("dinas", "pemerintah", "dinas_pangan", "pertanian",
      "Dinas Ketahanan Pangan Kota Palembang", H, "program"),
    S("dinas", "pemerintah", "dinas_pemuda", "umkm", "Dispora Kota Palembang", H, "program+dana"),
    S("dinas", "pemerintah", "dinas_naker", "otomotif",
      "Dinas Tenaga Kerja dan Transmigrasi Provinsi Sumatera Selatan", H,
      "dana+tenaga+sarana+program+pendayagunaan_hasil"),
    S("dinas", "pemerintah", "dinas_koperasi", "umkm", "Dinas Koperasi dan UKM Provinsi Sumsel",
      H, "dana+program"),
    S("dinas", "pemerintah", "dinas_sosial", "kerajinan", "Dinas Sosial Kabupaten Banyuasin",
      "16.07", "program+sarana"),
    S("dinas", "pemerintah", "dinas_perindag", "songket",
      "Dinas Perindustrian dan Perdagangan Kabupaten Ogan Ilir", "16.10",
      "program+pendayagunaan_hasil"),
    # blk
    S("blk", "pemerintah", "blk", "otomotif", "UPTD Balai Latihan Kerja Kota Palembang", H,
      "tenaga+sarana+program+pendayagunaan_hasil"),
    S("blk", "masyarakat", "blk", "otomotif", "BLK Komunitas Ponpes Al-Furqon Palembang", H,
      "program+sarana"),
    S("blk", "masyarakat", "blk", "menjahit", "BLK Komunitas Ponpes Raudhatul Jannah Banyuasin",
      "16.07", "program"),
    S("blk", "pemerintah", "blk", "las", "UPTD BLK Kabupaten Ogan Komering Ilir", "16.02",
      "program+tenaga+sarana+pendayagunaan_hasil"),
    # lkp
    S("lkp", "masyarakat", "lkp", "otomotif", "LKP Karya Motor Palembang", H, "tenaga+program"),
    S("lkp", "masyarakat", "lkp", "otomotif_mobil", "LKP Teknik Otomotif Prima", H,
      "program+sarana"),
    S("lkp", "masyarakat", "lkp", "otomotif", "LPK Mekanik Handal Indralaya", "16.10",
      "program+pendayagunaan_hasil"),
    S("lkp", "masyarakat", "lkp", "menjahit", "LKP Sekar Busana Palembang", H, "tenaga+program"),
    S("lkp", "masyarakat", "lkp", "menjahit", "LKP Putri Modiste", H, "program"),
    S("lkp", "masyarakat", "lkp", "tata_rias", "LKP Ayu Kencana Salon dan Rias", H,
      "program+tenaga"),
    S("lkp", "masyarakat", "lkp", "tata_rias", "LKP Pesona Wanita", H, "program"),
    S("lkp", "masyarakat", "lkp", "komputer", "LKP Global Komputer Palembang", H,
      "program+sarana"),
    S("lkp", "masyarakat", "lkp", "komputer", "LKP Digital Kreatif Sriwijaya", H,
      "program+tenaga"),
    S("lkp", "masyarakat", "lkp", "tata_boga", "LKP Dapur Wong Kito", H, "program+tenaga"),
    S("lkp", "masyarakat", "lkp", "tata_boga", "LKP Kue Mama Rini", H, "program"),
    S("lkp", "masyarakat", "lkp", "bahasa_inggris", "LKP Ampera English Course", H, "tenaga"),
    S("lkp", "masyarakat", "lkp", "barista", "LKP Barista Musi", H, "program"),
    S("lkp", "swasta", "lkp", "las", "LPK Teknik Las Sriwijaya", H, "program+tenaga"),
    S("lkp", "masyarakat", "lkp", "elektronika", "LKP Servis HP Cemerlang", H, "program"),
    S("lkp", "swasta", "lkp", "perhotelan", "LPK Perhotelan Bahari Palembang", H,
      "program+pendayagunaan_hasil"),
    S("lkp", "masyarakat", "lkp", "umkm", "LKP Pemasaran Digital Kito Biso", H,
      "program+tenaga"),
    S("lkp", "masyarakat", "lkp", "otomotif", "LKP Jaya Teknik Motor Metro", "18.72",
      "tenaga+program"),
    S("lkp", "masyarakat", "lkp", "menjahit", "LKP Bunda Busana Prabumulih", "16.74",
      "tenaga+program"),
    # pkbm
    S("pkbm", "masyarakat", "pkbm", "menjahit", "PKBM Cahaya Ilmu Palembang", H,
      "tenaga+program"),
    S("pkbm", "masyarakat", "pkbm", "tata_boga", "PKBM Harapan Ibu Plaju", H, "program+sarana"),
    S("pkbm", "masyarakat", "pkbm", "otomotif", "PKBM Pelita Bangsa Kertapati", H,
      "tenaga+sarana"),
    S("pkbm", "masyarakat", "pkbm", "komputer", "PKBM Insan Cendekia Sako", H, "program"),
    S("pkbm", "masyarakat", "pkbm", "tata_boga", "PKBM Bina Warga Kayuagung", "16.02",
      "tenaga+program"),
    # dudi
    S("dudi", "swasta", "dudi_usaha", "otomotif", "Bengkel Sinar Jaya Motor Plaju", H,
      "program+pendayagunaan_hasil", work=["bengkel"]),
    S("dudi", "swasta", "dudi_usaha", "otomotif", "PT Musi Motor Utama (dealer dan bengkel resmi)",
      H, "program+pendayagunaan_hasil+tenaga", work=["bengkel resmi", "dealer dan bengkel resmi"]),
    S("dudi", "swasta", "dudi_usaha", "otomotif", "Bengkel Barokah Motor", H, "program",
      work=["bengkel"]),
    S("dudi", "swasta", "dudi_usaha", "otomotif", "Bengkel Motor Berkah Sako", H,
      "pendayagunaan_hasil", work=["bengkel"]),
    S("dudi", "swasta", "dudi_usaha", "otomotif_mobil", "Sriwijaya Auto Service", H,
      "program+pendayagunaan_hasil", work=["bengkel mobil"]),
    S("dudi", "swasta", "dudi_usaha", "otomotif_mobil", "PT Trans Sumatera Auto (dealer mobil)",
      H, "program+pendayagunaan_hasil+sarana+tenaga", work=["dealer dan bengkel resmi mobil"]),
    S("dudi", "swasta", "dudi_usaha", "otomotif",
      "CV Sumber Onderdil Jaya (toko suku cadang dan servis)", H, "pendayagunaan_hasil",
      work=["bengkel servis"]),
    S("dudi", "swasta", "dudi_usaha", "las", "Bengkel Las Karya Baja Kertapati", H, "program",
      work=["bengkel las"]),
    S("dudi", "swasta", "dudi_ritel", "tata_boga", "Toko Oleh-oleh Pempek Cek Siti", H,
      "pendayagunaan_hasil",
      buy=["pempek dan kemplang", "kerupuk dan kemplang", "kue kering dan lapis"]),
    S("dudi", "swasta", "dudi_ritel", "songket", "Galeri Oleh-oleh Songket Bari", H,
      "pendayagunaan_hasil"),
    S("dudi", "swasta", "dudi_hotel", "perhotelan", "Hotel Ampera Riverside", H,
      "program+pendayagunaan_hasil"),
    S("dudi", "swasta", "dudi_usaha", "tata_boga", "Rumah Makan Pindang Sungai Musi", H,
      "pendayagunaan_hasil", work=["rumah makan"], buy=["kerupuk dan kemplang", "sambal kemasan"]),
    S("dudi", "swasta", "dudi_usaha", "menjahit", "Konveksi Seragam Kito Galo", H,
      "program+pendayagunaan_hasil", work=["konveksi"],
      buy=["seragam sekolah", "jahitan borongan (sistem maklun)"]),
    S("dudi", "swasta", "dudi_ritel", "ritel", "Swalayan Sentosa Jaya", H,
      "pendayagunaan_hasil+program"),
    S("dudi", "swasta", "dudi_industri", "las", "PT Pupuk Musi Nusantara", H,
      "dana+tenaga+sarana+program+pendayagunaan_hasil",
      skill=["pengelasan", "teknik mesin industri", "perawatan mesin pabrik"],
      place=["workshop pabrik"], work=["pabrik"], job=["teknisi", "operator", "welder"],
      buy=["kue dan makanan olahan untuk rapat", "suvenir dan kain songket"]),
    S("dudi", "swasta", "dudi_digital", "umkm", "PT Pasar Digital Wong Kito (marketplace lokal)",
      H, "pendayagunaan_hasil+program"),
    S("dudi", "swasta", "dudi_usaha", "tata_rias", "Salon dan Spa Melati", H, "program",
      work=["salon"]),
    S("dudi", "swasta", "dudi_koperasi", "perempuan", "Koperasi Wanita Srikandi Palembang", H,
      "dana+pendayagunaan_hasil"),
    S("dudi", "swasta", "dudi_usaha", "barista", "Kedai Kopi Sudut Ampera", H,
      "program+pendayagunaan_hasil", work=["kedai kopi"]),
    S("dudi", "swasta", "dudi_usaha", "otomotif", "Bengkel Mandiri Motor Indralaya", "16.10",
      "program", work=["bengkel"]),
    S("dudi", "swasta", "dudi_usaha", "otomotif_mobil", "Bengkel Mobil Sahabat Pangkalan Balai",
      "16.07", "program", work=["bengkel mobil"]),
    S("dudi", "swasta", "dudi_usaha", "otomotif", "Bengkel Jaya Abadi Motor Prabumulih", "16.74",
      "program+pendayagunaan_hasil", work=["bengkel"]),
    # donor
    S("donor", "swasta", "donor_csr", "perempuan", "TJSL PT Kilang Musi Energi", H, "dana"),
    S("donor", "swasta", "donor_csr", "pendidikan", "CSR PT Pupuk Musi Nusantara", H, "dana"),
    S("donor", "swasta", "donor_bank", "umkm", "CSR Bank Musi Sejahtera", H, "dana"),
    S("donor", "masyarakat", "donor_zakat", "perempuan", "BAZNAS Kota Palembang", H, "dana"),
    S("donor", "masyarakat", "donor_zakat", "umkm", "BAZNAS Provinsi Sumatera Selatan", H,
      "dana"),
    S("donor", "masyarakat", "donor_zakat", "umkm", "LAZ Peduli Ummat Sriwijaya", H, "dana"),
    S("donor", "masyarakat", "donor_yayasan", "perempuan", "Yayasan Srikandi Mandiri Nusantara",
      H, "dana+program"),
    S("donor", "masyarakat", "donor_yayasan", "pendidikan", "Yayasan Pendidikan Bumi Sriwijaya",
      H, "dana"),
    S("donor", "swasta", "donor_csr", "umum", "CSR PT Bara Enim Perkasa", "16.03", "dana"),
    S("donor", "masyarakat", "donor_yayasan", "perempuan", "Yayasan Perempuan Batanghari",
      "15.71", "dana"),
    S("donor", "swasta", "donor_csr", "perkebunan", "CSR PT Sawit Banyuasin Lestari", "16.07",
      "dana"),
    # ormas
    S("ormas", "masyarakat", "ormas_pkk", "tata_boga", "TP PKK Kota Palembang", H,
      "program+pendayagunaan_hasil"),
    S("ormas", "masyarakat", "ormas_pkk", "songket", "TP PKK Kecamatan Seberang Ulu I", H,
      "program"),
    S("ormas", "masyarakat", "ormas_pemuda", "otomotif", "Karang Taruna Bina Muda Kalidoni", H,
      "program"),
    S("ormas", "masyarakat", "ormas_pemuda", "sablon", "Karang Taruna Cipta Karya Sukarami", H,
      "program+pendayagunaan_hasil"),
    S("ormas", "masyarakat", "ormas_yasinan", "tata_boga", "Kelompok Yasinan Al-Hidayah Plaju",
      H, "program"),
    S("ormas", "masyarakat", "ormas_yasinan", "menjahit", "Kelompok Yasinan Nurul Iman Kemuning",
      H, "program+sarana"),
    S("ormas", "masyarakat", "ormas_wanita", "perempuan", "Persatuan Muslimah Sriwijaya", H,
      "program+pendayagunaan_hasil"),
    S("ormas", "masyarakat", "ormas_lsm", "perempuan", "Komunitas Ibu Wirausaha Palembang", H,
      "program+pendayagunaan_hasil"),
    S("ormas", "masyarakat", "ormas_lsm", "perempuan", "LSM Lentera Perempuan Sumsel", H,
      "tenaga+program"),
    S("ormas", "masyarakat", "ormas_lsm", "perempuan", "Forum Perempuan Usaha Kecil Ogan Ilir",
      "16.10", "program+pendayagunaan_hasil"),
    S("ormas", "masyarakat", "ormas_paguyuban", "otomotif", "Paguyuban Bengkel Kecil Palembang",
      H, "program+pendayagunaan_hasil", work=["bengkel"]),
    # tokoh masyarakat (people are fictional)
    S("tokoh_masyarakat", "masyarakat", "tokoh", "songket",
      "Hj. Zubaidah (pengusaha songket, tokoh perempuan 30 Ilir)", H,
      "pendayagunaan_hasil+tenaga"),
    S("tokoh_masyarakat", "masyarakat", "tokoh", "umum",
      "H. Muhammad Rizal (Ketua RW, tokoh masyarakat Plaju)", H, "program"),
    S("tokoh_masyarakat", "masyarakat", "tokoh", "otomotif",
      "Pak Usman (pemilik bengkel, tokoh pemuda Kertapati)", H, "tenaga+program"),
    S("tokoh_masyarakat", "masyarakat", "tokoh", "pendidikan", "Ustadzah Rahmawati", H,
      "program"),
    S("tokoh_masyarakat", "masyarakat", "tokoh", "umum",
      "Kgs. Abdullah (tokoh adat Kelurahan 3-4 Ulu)", H, "program+tenaga+dana"),
    # pusat karya
    S("pusat_karya", "masyarakat", "pusat_karya", "songket",
      "Kelompok Tenun Songket Tangga Buntung", H, "program+pendayagunaan_hasil"),
    S("pusat_karya", "masyarakat", "pusat_karya", "songket", "Rumah Jumputan Cek Ana", H,
      "pendayagunaan_hasil"),
    S("pusat_karya", "swasta", "pusat_karya", "tata_boga", "Kampung Pempek Bersatu 26 Ilir", H,
      "pendayagunaan_hasil+program", work=["dapur pempek anggota"],
      skill=["pembuatan pempek", "olahan ikan tenggiri", "pempek beku (frozen food)"],
      buy=["pempek dan kemplang", "pempek beku"]),
    S("pusat_karya", "masyarakat", "pusat_karya", "kerajinan",
      "Sentra Kerajinan Purun dan Rotan Pemulutan", "16.10", "pendayagunaan_hasil"),
    S("pusat_karya", "swasta", "pusat_karya", "otomotif", "Pusat Karya Bengkel Rakyat Kertapati",
      H, "program", work=["bengkel"]),
    S("pusat_karya", "masyarakat", "pusat_karya", "songket",
      "Kelompok Perajin Songket Muara Penimbung", "16.10", "program"),
    S("pusat_karya", "swasta", "pusat_karya", "las", "Karoseri dan Bengkel Las Sumber Baja", H,
      "program", work=["karoseri dan bengkel las"]),
    # perguruan tinggi
    S("perguruan_tinggi", "masyarakat", "pt", "umkm", "Universitas Musi Raya", H,
      "tenaga+program"),
    S("perguruan_tinggi", "pemerintah", "pt", "otomotif", "Politeknik Teknologi Ampera", H,
      "tenaga+sarana"),
    S("perguruan_tinggi", "masyarakat", "pt", "umkm", "Institut Bisnis Sriwijaya Raya", H,
      "program+pendayagunaan_hasil"),
    S("perguruan_tinggi", "masyarakat", "pt", "pendidikan",
      "Universitas Islam Bumi Sriwijaya", H, "program"),
    S("perguruan_tinggi", "masyarakat", "pt", "pertanian", "Universitas Cendekia Baturaja",
      "16.01", "tenaga"),
]
# fmt: on


# ---------------------------------------------------------------------------------------------
# Writing helpers
# ---------------------------------------------------------------------------------------------
def rupiah(amount: int, rng: random.Random) -> str:
    """Write a Rupiah amount the way Indonesian directories do (several forms)."""
    if amount < 1_000_000:
        return rng.choice(
            [f"{amount // 1000}rb", f"{amount // 1000} ribu", f"Rp {amount:,}"]
        ).replace(",", ".")
    dotted = f"{amount:,}".replace(",", ".")
    forms = [f"Rp {dotted}", f"Rp{dotted},-", f"Rp. {dotted},00", str(amount), f"IDR {dotted}"]
    if amount % 1_000_000 == 0 or amount % 500_000 == 0:
        juta = amount / 1_000_000
        j = f"{juta:g}".replace(".", ",")
        if amount < 1_000_000_000:
            forms += [f"{j} juta", f"{j}jt", f"{j} juta"]
        else:
            m = f"{amount / 1_000_000_000:g}".replace(".", ",")
            forms += [f"{m} M", f"{m} M", f"{m} miliar", f"{m} milyar"]
    return rng.choice(forms)


def round_amount(x: float) -> int:
    """Round to amounts people actually budget: 750.000, 2.500.000, 15.000.000, 250.000.000."""
    steps = ((1e6, 50_000), (1e7, 500_000), (2e8, 5_000_000), (math.inf, 50_000_000))
    step = next(step for limit, step in steps if x < limit)
    return max(step, round(x / step) * step)


def jitter(lat: float, lon: float, rng: random.Random, km: float = 12.0) -> tuple[float, float]:
    r = km * math.sqrt(rng.random())
    t = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(t) / 111.0
    dlon = r * math.sin(t) / (111.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


SLOT = re.compile(r"\{(\w+)\}")


def vocabulary(spec: Spec) -> dict[str, list[str]]:
    return {**FIELDS[spec.field], **(spec.slots or {})}


def usable(template: str, vocab: dict[str, list[str]]) -> bool:
    return all(k in vocab or k in ("n", "rp") for k in SLOT.findall(template))


def fill(
    template: str, vocab: dict[str, list[str]], n: int | None, rp: str | None, rng: random.Random
) -> str:
    def repl(m: re.Match[str]) -> str:
        key = m.group(1)
        if key == "n":
            return str(n)
        if key == "rp":
            return rp or ""
        return rng.choice(vocab[key])

    text = SLOT.sub(repl, template)
    return re.sub(r"\s+", " ", text).strip(" ,")


def make_offer(spec: Spec, aspect: str, rng: random.Random) -> tuple[str, str]:
    """Return (offer text, capacity cell) for one offered aspect."""
    vocab = vocabulary(spec)
    phrases = [t for t in ROLE_PHRASES[spec.role].get(aspect, []) if usable(t, vocab)]
    if not phrases:
        raise ValueError(f"no {aspect} phrase fits {spec.name} ({spec.role}/{spec.field})")
    k = 2 if rng.random() < 0.3 and len(phrases) > 1 else 1
    chosen = rng.sample(phrases, k)
    if aspect == "dana":
        lo, hi = DANA_RANGE.get(spec.role, DANA_DEFAULT)
        amount = round_amount(math.exp(rng.uniform(math.log(lo), math.log(hi))))
        n, rp = None, rupiah(amount, rng)
        cap = rupiah(amount, rng)
    else:
        lo, hi = CAP_RANGE[aspect]
        if spec.role.startswith(("dinas", "blk", "dudi_industri", "dudi_perkebunan")):
            lo, hi = lo * 2, hi * 3
        n, rp = rng.randint(lo, hi), None
        cap = str(n)
    texts = [fill(t, vocab, n, rp, rng) for t in chosen]
    joiner = rng.choice(["; ", ", ", "; ", " / "])
    text = joiner.join(texts)
    mentions = any("{n}" in t or "{rp}" in t for t in chosen)
    keep_capacity = rng.random() < (0.65 if mentions else 0.4)
    return text[0].upper() + text[1:] if rng.random() < 0.5 else text, cap if keep_capacity else ""


def pick_aspects(spec: Spec, rng: random.Random) -> list[str]:
    core = spec.core.split("+")
    offered = set(core)
    for extra in ROLE_EXTRA.get(spec.role, ()):
        if len(offered) >= 3:
            break
        if extra not in offered and rng.random() < EXTRA_P:
            offered.add(extra)
    return [a for a in ASPECTS if a in offered]


def dirty(text: str, rng: random.Random) -> str:
    """One realistic misspelling, if the text has a word that people misspell."""
    candidates = [(a, b) for a, b in TYPOS if a in text.lower()]
    if not candidates:
        return text
    a, b = rng.choice(candidates)
    return re.sub(a, b, text, count=1, flags=re.IGNORECASE)


def uppercase_name(name: str) -> str:
    up = name.upper()
    for plain, dotted in (("PT ", "PT. "), ("CV ", "CV. "), ("LPK ", "LPK. "), ("UD ", "UD. ")):
        if up.startswith(plain):
            up = dotted + up[len(plain) :]
    return up


def active_cell(rng: random.Random) -> str:
    return rng.choice(["ya"] * 14 + ["Ya", "YA", "aktif", "1", "true", ""])


def build_directory(specs: list[Spec], home: str, prefix: str, rng: random.Random) -> list[dict]:
    order = list(range(len(specs)))
    rng.shuffle(order)
    n_inactive = round(0.08 * len(specs))
    # Offices, BLKs and universities do not close; small institutions and groups do. At most one
    # closed partner per (kind, field), so no field loses all its partners.
    can_close = [
        i for i, s in enumerate(specs) if s.kind not in ("dinas", "blk", "perguruan_tinggi")
    ]
    rng.shuffle(can_close)
    inactive: set[int] = set()
    closed_groups: set[tuple[str, str]] = set()
    for i in can_close:
        group = (specs[i].kind, specs[i].field)
        if len(inactive) < n_inactive and group not in closed_groups:
            inactive.add(i)
            closed_groups.add(group)
    upper_rows = set(rng.sample(range(len(specs)), max(3, len(specs) // 15)))
    rows = []
    for pos, i in enumerate(order, start=1):
        spec = specs[i]
        code = home if spec.where == H else spec.where
        region = REGIONS[code]
        row: dict[str, str] = {c: "" for c in DIRECTORY_COLUMNS}
        row["partner_id"] = f"{prefix}-{pos:03d}"
        row["name"] = spec.name
        row["sector"] = spec.sector
        row["kind"] = spec.kind
        if rng.random() < 0.93:
            row["province"] = rng.choice(PROVINCE_SPELLINGS[region.province])
        row["regency"] = rng.choice(region.spellings) if rng.random() < 0.95 else ""
        row["region_code"] = code if rng.random() < 0.87 else ""
        if rng.random() < 0.75:
            lat, lon = jitter(region.lat, region.lon, rng)
            row["lat"], row["lon"] = f"{lat}", f"{lon}"
        for aspect in pick_aspects(spec, rng):
            text, cap = make_offer(spec, aspect, rng)
            row[f"offers_{aspect}"] = text
            row[f"capacity_{aspect}"] = cap
        vis = VISION.get(spec.role) or VISION[spec.kind]
        row["vision"] = rng.choice(vis) if rng.random() < 0.85 else ""
        seeks = SEEKS.get(spec.role) or SEEKS[spec.kind]
        row["seeks"] = rng.choice(seeks) if rng.random() < 0.85 else ""
        row["active"] = rng.choice(["tidak"] * 4 + ["Tidak"]) if i in inactive else active_cell(rng)
        lo, hi = YEARS[spec.kind]
        years = rng.randint(lo, hi)
        row["years_active"] = str(years) if rng.random() < 0.88 else ""
        done = min(30, int(years * rng.uniform(0.1, 1.0)))
        row["partnerships_completed"] = str(done) if rng.random() < 0.88 else ""
        # dirt: a misspelling in one offer, or the whole row typed in capitals
        if rng.random() < 0.12:
            cols = [f"offers_{a}" for a in ASPECTS if row[f"offers_{a}"]]
            if cols:
                col = rng.choice(cols)
                row[col] = dirty(row[col], rng)
        if i in upper_rows:
            row["name"] = uppercase_name(row["name"])
            for a in ASPECTS:
                row[f"offers_{a}"] = row[f"offers_{a}"].upper()
        rows.append(row)
    return rows


def write_csv(path: Path, rows: list[dict], columns: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=columns)
        w.writeheader()
        w.writerows(rows)


# ---------------------------------------------------------------------------------------------
# Batch of organisations (contract's batch layout), hand-written.
# ---------------------------------------------------------------------------------------------
# fmt: off
ORG_COLUMNS = [
    "org_id", "name", "sector", "province", "regency", "region_code", "lat", "lon", "vision",
    "offers",
    *[f"need_{a}_{p}" for a in ASPECTS for p in ("priority", "description", "quantity")],
]
# fmt: on


def org(
    org_id: str,
    name: str,
    sector: str,
    province: str,
    regency: str,
    code: str,
    lat: str,
    lon: str,
    vision: str,
    offers: str,
    **needs: tuple,
) -> dict:
    row = dict(
        zip(
            ORG_COLUMNS[:10],
            (org_id, name, sector, province, regency, code, lat, lon, vision, offers),
            strict=True,
        )
    )
    for a in ASPECTS:
        prio, desc, qty = needs.get(a, ("", "", ""))
        row[f"need_{a}_priority"] = str(prio)
        row[f"need_{a}_description"] = desc
        row[f"need_{a}_quantity"] = str(qty)
    return row


# fmt: off
ORGANISATIONS = [
    org("ORG-01", "PKBM Mekar Sari Baturaja", "masyarakat", "Sumatera Selatan",
        "Kabupaten Ogan Komering Ulu", "16.01", "-4.1285", "104.1662",
        "mewujudkan warga belajar yang terampil, mandiri dan berakhlak",
        "warga belajar Paket C, lulusan terampil menjahit, ruang belajar sore hari",
        tenaga=(5, "instruktur menjahit untuk kelas PKW tata busana", 2),
        sarana=(4, "mesin jahit dan mesin obras untuk ruang praktik", 10),
        dana=(3, "modal usaha Kelompok Belajar Usaha (KBU) menjahit", "Rp 25.000.000"),
        pendayagunaan_hasil=(3, "penyaluran lulusan ke konveksi / pemasaran hasil jahitan", 15)),
    org("ORG-02", "PKBM Tani Maju Semidang Aji", "masyarakat", "Sumatera Selatan",
        "KAB. OGAN KOMERING ULU", "16.01", "", "",
        "warga desa belajar, bertani lebih baik",
        "lahan belajar 0,5 ha, warga belajar petani muda",
        program=(5, "sekolah lapang budidaya sayuran dan pupuk organik", 25),
        tenaga=(4, "penyuluh atau pendamping pertanian", 1),
        pendayagunaan_hasil=(4, "pembeli tetap hasil panen sayur", ""),
        dana=(2, "modal kelompok tani pemula", "15 juta")),
    org("ORG-03", "UPTD SKB Baturaja", "pemerintah", "Sumatera Selatan", "Kab. OKU", "16.01",
        "-4.1190", "104.1503", "layanan pendidikan nonformal yang bermutu dan merata",
        "ijazah kesetaraan, data warga putus sekolah, gedung SKB",
        tenaga=(5, "tutor kesetaraan Paket B dan C (matematika, bahasa Inggris)", 4),
        sarana=(4, "ruang belajar di desa sasaran", 3),
        program=(2, "sosialisasi dan penjaringan warga putus sekolah", 40)),
    org("ORG-04", "LKP Harapan Baru Otomotif", "masyarakat", "Sumatera Selatan", "OKU", "16.01",
        "", "", "lulusan kompeten siap kerja di bengkel",
        "peserta kursus otomotif, mekanik muda",
        program=(5, "tempat magang di bengkel sepeda motor", 12),
        pendayagunaan_hasil=(4, "penyaluran lulusan ke bengkel dan dealer", 12),
        sarana=(2, "engine stand dan alat scanner injeksi", 2)),
    org("ORG-05", "Yayasan Perempuan Mandiri Ulu Ogan", "masyarakat", "Sumatera Selatan",
        "Kabupaten Ogan Komering Ulu", "", "-4.0921", "104.1405",
        "perempuan desa berdaya secara ekonomi",
        "kelompok perempuan dampingan, data keluarga prasejahtera, laporan kegiatan rutin",
        dana=(5, "hibah modal usaha kelompok perempuan", "Rp 100.000.000"),
        program=(4, "pelatihan pengolahan pangan dan pengemasan", 30),
        pendayagunaan_hasil=(4, "pemasaran produk olahan kelompok", "")),
    org("ORG-06", "PKBM Bunga Bangsa Martapura", "masyarakat", "SUMATERA SELATAN",
        "Kab. OKU Timur", "16.08", "-4.0702", "104.5611",
        "pendidikan untuk semua, tanpa kecuali", "warga belajar Paket A/B/C, ruang kelas",
        tenaga=(4, "tutor keaksaraan dan Paket A", 3),
        dana=(3, "biaya operasional kelas keaksaraan", "Rp 12.000.000"),
        program=(3, "pelatihan keterampilan tata boga untuk warga belajar", 20)),
    org("ORG-07", "LKP Mekar Rias Muaradua", "masyarakat", "Sumatera Selatan", "OKU Selatan",
        "16.09", "", "", "perempuan terampil dan percaya diri",
        "peserta kursus tata rias, lulusan perias",
        sarana=(4, "peralatan salon dan kit make up", 5),
        pendayagunaan_hasil=(4, "tempat kerja lulusan di salon", 8),
        tenaga=(2, "narasumber rias pengantin adat", 1)),
    org("ORG-08", "PKBM Al-Hikmah Peninjauan", "masyarakat", "Sumatera Selatan", "OKU",
        "16.01", "-3.9870", "104.2304", "warga belajar beriman, berilmu dan terampil",
        "warga belajar, tokoh agama penggerak, aula masjid",
        program=(5, "pelatihan kerajinan anyaman purun untuk ibu-ibu", 20),
        pendayagunaan_hasil=(4, "pembeli atau penampung hasil anyaman", ""),
        dana=(3, "bahan baku dan modal awal", "7,5 juta")),
    org("ORG-09", "Karang Taruna Mandiri Lubuk Raja", "masyarakat", "Sumatera Selatan",
        "Kab. Ogan Komering Ulu", "16.01", "", "", "pemuda kreatif dan mandiri",
        "anggota pemuda, tenaga relawan",
        program=(5, "pelatihan las dan magang di bengkel las", 15),
        sarana=(3, "mesin las untuk usaha bersama", 2),
        pendayagunaan_hasil=(3, "penyaluran anggota terlatih ke bengkel", 10)),
    org("ORG-10", "PKBM Cahaya Muara Enim", "masyarakat", "Sumatera Selatan",
        "Kabupaten Muara Enim", "16.03", "-3.6512", "103.7790",
        "masyarakat cerdas, terampil dan berdaya saing",
        "warga belajar kesetaraan, lulusan komputer perkantoran",
        tenaga=(4, "instruktur komputer perkantoran", 2),
        sarana=(5, "unit komputer untuk lab", 10),
        pendayagunaan_hasil=(2, "tempat kerja lulusan sebagai operator/admin", 5)),
]
# fmt: on


def main() -> None:
    rng = random.Random(SEED)
    oku = build_directory(OKU_SPECS, "16.01", "OKU", rng)
    plg = build_directory(PLG_SPECS, "16.71", "PLG", rng)
    write_csv(HERE / "partners_oku.csv", oku, DIRECTORY_COLUMNS)
    write_csv(HERE / "partners_palembang.csv", plg, DIRECTORY_COLUMNS)
    write_csv(HERE / "organisations_oku.csv", ORGANISATIONS, ORG_COLUMNS)
    for name, rows in (
        ("partners_oku.csv", oku),
        ("partners_palembang.csv", plg),
        ("organisations_oku.csv", ORGANISATIONS),
    ):
        print(f"wrote data/{name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
