"""Write the twenty-sixth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Lebak"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national17/make_national17.py (copied, new seed,
new regions, new directories). Every partner is one hand-written line in a directory block::
    kind sector | name | region_code [tidak] [x] | d=... | t=... | s=... | p=... | h=... | v=... | k=...

``d t s p h`` are the offers in the aspects dana, tenaga, sarana, program and
pendayagunaan_hasil; ``{...}`` at the end of an offer is its capacity (``{12}`` or, with the
words the one-column shape uses, ``{500:kg/bulan}``); ``v`` and ``k`` are vision and seeks
(otherwise a hand-written phrase for the kind is chosen); ``y=years/completed`` the track record;
``tidak`` marks an inactive partner and ``x`` a row with most cells empty. A fixed seed decides
only the mechanical parts: coordinate offsets (up to 12 km from the regency's point), which
cells go missing, how `active` is spelled, and the spellings used by the other two shapes.

Shapes written for every directory (same partners, same partner_ids):

- ``<dir>.csv``            per_aspek: the contract's canonical columns;
- ``<dir>_satu_kolom.csv`` satu_kolom: Indonesian headers and one free-text offer column;
- ``<dir>_kapital.csv``    kapital: canonical columns, UPPER CASE names and regions, variant
  regency/province spellings, region_code/lat/lon empty.

Run from the directory that holds this script (standard library only)::

    python3 make_national26.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20330226
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")
TAGS = dict(zip("dtsph", ASPECTS))
COLUMNS = [
    "partner_id",
    "name",
    "sector",
    "kind",
    "province",
    "regency",
    "region_code",
    "lat",
    "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision",
    "seeks",
    "active",
    "years_active",
    "partnerships_completed",
]
SECTORS = {"g": "pemerintah", "s": "swasta", "m": "masyarakat"}
UNITS = {
    "tenaga": "orang",
    "sarana": "unit",
    "program": "peserta",
    "pendayagunaan_hasil": "orang/tahun",
}

# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "36.02": ("Kabupaten Lebak", -6.64202, 106.21242),
    "36.01": ("Kabupaten Pandeglang", -6.59023, 105.74297),
    "36.04": ("Kabupaten Serang", -6.14174, 106.14608),
    "36.73": ("Kota Serang", -6.12332, 106.16675),
    "36.71": ("Kota Tangerang", -6.18437, 106.65199),
    "32.01": ("Kabupaten Bogor", -6.5598, 106.76705),
    "15.03": ("Kabupaten Sarolangun", -2.30626, 102.67255),
    "15.02": ("Kabupaten Merangin", -2.19312, 102.06834),
    "15.04": ("Kabupaten Batanghari", -1.7498, 103.09795),
    "15.71": ("Kota Jambi", -1.61818, 103.59979),
    "16.13": ("Kabupaten Musi Rawas Utara", -2.74017, 102.74375),
    "16.71": ("Kota Palembang", -2.97172, 104.74132),
    "71.01": ("Kabupaten Bolaang Mongondow", 0.70754, 124.03856),
    "71.74": ("Kota Kotamobagu", 0.71108, 124.31831),
    "71.11": ("Kabupaten Bolaang Mongondow Selatan", 0.44311, 123.92826),
    "71.10": ("Kabupaten Bolaang Mongondow Timur", 0.71602, 124.50989),
    "71.08": ("Kabupaten Bolaang Mongondow Utara", 0.76764, 123.47647),
    "71.71": ("Kota Manado", 1.52492, 124.8479),
    "75.71": ("Kota Gorontalo", 0.53841, 123.0553),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "36": "Banten",
    "71": "Sulawesi Utara",
    "75": "Gorontalo",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "15": ["JAMBI", "PROV. JAMBI", "PROVINSI JAMBI"],
    "16": ["SUMATERA SELATAN", "SUMSEL"],
    "31": ["DKI JAKARTA", "DKI"],
    "32": ["JAWA BARAT", "JABAR"],
    "36": ["BANTEN", "PROV. BANTEN", "PROVINSI BANTEN"],
    "71": ["SULAWESI UTARA", "SULUT", "PROV. SULUT", "PROVINSI SULAWESI UTARA"],
    "75": ["GORONTALO", "PROV. GORONTALO"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "36.02": [
        "!",
        "KAB. LEBAK",
        "LEBAK",
        "KAB. LEBAK (RANGKASBITUNG)",
        "RANGKASBITUNG",
        "RANGKAS BITUNG",
        "KABUPATEN LEBAK - BANTEN",
    ],
    "36.01": ["PANDEGLANG", "KAB. PANDEGLANG"],
    "36.04": ["SERANG", "KAB. SERANG (CIRUAS)"],
    "36.73": ["SERANG", "KOTA SERANG (BANTEN)"],
    "36.71": ["TANGERANG", "KODYA TANGERANG"],
    "32.01": ["BOGOR", "KAB. BOGOR (CIBINONG)"],
    "15.03": [
        "!",
        "KAB. SAROLANGUN",
        "SAROLANGUN",
        "SAROLANGON",
        "KAB. SAROLANGUN (JAMBI)",
        "SAROLANGUN - JAMBI",
        "KAB SAROLANGUN",
    ],
    "15.02": ["MERANGIN", "BANGKO", "KAB. MERANGIN (BANGKO)"],
    "15.04": ["BATANGHARI", "BATANG HARI", "KAB. BATANG HARI (MUARA BULIAN)"],
    "15.71": ["JAMBI", "KOTA JAMBI", "KODYA JAMBI"],
    "16.13": ["MURATARA", "MUSI RAWAS UTARA", "KAB. MURATARA (RUPIT)"],
    "16.71": ["PALEMBANG"],
    "71.01": [
        "!",
        "KAB. BOLAANG MONGONDOW",
        "BOLAANG MONGONDOW",
        "BOLMONG",
        "KAB. BOLMONG",
        "KAB. BOLMONG (LOLAK)",
        "BOLAANG MONGONDOW INDUK",
        "LOLAK",
    ],
    "71.74": ["KOTAMOBAGU", "KOTA KOTAMOBAGU (SULUT)"],
    "71.11": ["BOLSEL", "BOLAANG MONGONDOW SELATAN", "KAB. BOLSEL (MOLIBAGU)"],
    "71.10": ["BOLTIM", "BOLAANG MONGONDOW TIMUR", "KAB. BOLTIM (TUTUYAN)"],
    "71.08": ["BOLMUT", "BOLAANG MONGONDOW UTARA", "KAB. BOLMUT (BOROKO)"],
    "71.71": ["MANADO", "KOTA MANADO"],
    "75.71": ["GORONTALO", "KOTA GORONTALO"],
}

KIND_LABELS = {
    "dinas": "Dinas",
    "blk": "BLK",
    "lkp": "LKP/LPK",
    "pkbm": "PKBM",
    "skb": "SKB",
    "smk": "SMK",
    "dudi": "DUDI",
    "donor": "Donor",
    "ormas": "Ormas",
    "tokoh_masyarakat": "Tokoh Masyarakat",
    "pusat_karya": "Pusat Karya",
    "perguruan_tinggi": "Perguruan Tinggi",
    "koperasi": "Koperasi",
    "bumdes": "BUMDes",
}
# Default visions and seeks per kind, hand-written; a partner line may give its own.
VISIONS = {
    "dinas": [
        "meningkatkan kualitas pelayanan publik dan kesejahteraan masyarakat",
        "terwujudnya sumber daya manusia yang produktif dan berdaya saing",
        "pembangunan daerah yang inklusif melalui kolaborasi",
    ],
    "blk": [
        "tenaga kerja kompeten, produktif dan siap bersaing",
        "pelatihan vokasi yang sesuai kebutuhan industri",
    ],
    "lkp": [
        "membekali peserta dengan keterampilan praktis agar mandiri",
        "lulusan kompeten, siap kerja dan berwirausaha",
        "kursus bermutu dan terjangkau bagi semua kalangan",
    ],
    "pkbm": [
        "pendidikan sepanjang hayat untuk semua warga",
        "warga belajar yang terampil, mandiri dan berakhlak",
    ],
    "skb": ["layanan pendidikan nonformal yang bermutu dan merata"],
    "smk": [
        "lulusan SMK yang kompeten, berkarakter dan terserap industri",
        "SMK bisa, SMK hebat: siap kerja, santun dan mandiri",
    ],
    "dudi": [
        "tumbuh bersama masyarakat sekitar",
        "memberikan layanan terbaik bagi pelanggan",
        "usaha yang berkelanjutan dan bermanfaat bagi lingkungan",
    ],
    "donor": [
        "bersama membangun masyarakat yang mandiri dan sejahtera",
        "memberdayakan mustahik menjadi muzaki",
        "investasi sosial untuk pendidikan dan ekonomi warga",
    ],
    "ormas": [
        "masyarakat yang guyub, berdaya dan sejahtera",
        "pemberdayaan warga dari, oleh dan untuk warga",
    ],
    "tokoh_masyarakat": [
        "program yang bermanfaat untuk warga kampung",
        "anak muda desa punya keterampilan dan pekerjaan",
    ],
    "pusat_karya": [
        "melestarikan kerajinan daerah dan membuka lapangan kerja",
        "karya lokal naik kelas",
    ],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang berdampak bagi masyarakat"],
    "koperasi": ["anggota sejahtera melalui usaha bersama"],
    "bumdes": ["desa mandiri melalui usaha milik desa"],
}
SEEKS = {
    "dinas": [
        "lembaga mitra pelaksana yang aktif dan tertib laporan",
        "data sasaran dan peserta yang siap dilatih",
    ],
    "blk": [
        "peserta pelatihan yang serius dan mitra penempatan kerja",
        "lembaga pengirim peserta dan data pencari kerja",
    ],
    "lkp": [
        "peserta kursus dan tempat magang untuk peserta",
        "kerja sama penyaluran lulusan",
    ],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": [
        "tempat prakerin bagi siswa dan rekrutmen alumni",
        "guru tamu dari industri",
    ],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": [
        "pelatihan dan modal usaha bagi anggota",
        "pendamping dan jejaring pemasaran",
    ],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": [
        "lokasi KKN dan mitra penelitian",
        "desa binaan untuk pengabdian",
    ],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Banten: Kabupaten Lebak (36.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_lebak",
        "LBK",
        "Uraian Dukungan yang Ditawarkan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Lebak | 36.02 | p=pelatihan berbasis kompetensi di UPTD BLK Rangkasbitung: menjahit, las listrik, operator komputer {48} | h=bursa kerja dan penyaluran AKAD ke kawasan industri Serang dan Tangerang {120}
dinas g | Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kab. Lebak | 36.02 | d=pinjaman dana bergulir bagi koperasi dan KUB binaan, jasa 3 % per tahun, maks Rp 30 jt per kelompok {Rp 400.000.000} | p=pendampingan NIB, PIRT, halal dan sertifikasi organik {30}
dinas g | Dinas Pariwisata Kabupaten Lebak | 36.02 | p=pelatihan pemandu wisata dan pengelola homestay bersertifikat BNSP bagi pokdarwis di Lebak Selatan {40} | t=narasumber sadar wisata dan sapta pesona {2} | h=stan UMKM pada Festival Seba Baduy dan Festival Sawarna {30:produk}
dinas g | Dinas Pertanian Kabupaten Lebak (Bidang Perkebunan) | 36.02 | t=penyuluh perkebunan aren, kelapa dan kopi {3} | s=bantuan alat pengolah gula semut (wajan, tungku hemat kayu, ayakan, oven) bagi kelompok tani terdaftar Simluhtan {6}
dinas g | Dinas Sosial Kabupaten Lebak | 36.02 | d=bantuan usaha KUBE bagi keluarga penerima PKH yang tercatat di DTKS {Rp 20.000.000} | p=pelatihan keterampilan bagi penyandang disabilitas {20}
dinas g | Dinas Pendidikan dan Kebudayaan Kab. Lebak (Bidang PAUD dan Dikmas) | 36.02 | d=BOP Kesetaraan bagi PKBM terakreditasi, lewat proposal {Rp 15.000.000} | p=bimtek tutor kesetaraan {30}
dinas g | Dinas Perdagangan Lebak (UPT Pasar Rangkasbitung) | 36.02 | h=memfasilitasi temu dagang produk unggulan Lebak dengan pembeli dari Serang dan Jakarta, tidak membeli sendiri
blk g | UPTD Balai Latihan Kerja Kabupaten Lebak | 36.02 | t=instruktur tata graha dan bahasa Inggris pelayanan tamu, bisa diperbantukan ke lembaga mitra {1} | p=pelatihan barista, housekeeping dan front office hotel 160 JP {16} | s=ruang kelas dipinjamkan hari Sabtu {1}
donor m | BAZNAS Kabupaten Lebak | 36.02 | d=Lebak Berkah: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 250.000.000}
donor m | LAZ Amanah Pasar Rangkasbitung | 36.02 | d=qardhul hasan bagi pedagang kios Pasar Rangkasbitung, paling banyak Rp 3 jt per orang {Rp 60.000.000}
donor s | Bank Banten Cabang Rangkasbitung | 36.02 | d=KUR mikro dan kredit usaha pariwisata sampai Rp 50 jt, agunan usaha {Rp 2 M}
donor s | CSR PT Semen Pesisir Selatan Banten (pabrik Bayah) | 36.02 | d=bantuan modal usaha bagi warga ring 1 pabrik di Desa Darmasari dan Desa Pamubulan, Kecamatan Bayah {Rp 150.000.000} | p=pelatihan pengelolaan homestay khusus warga ring 1 {20}
donor s | TJSL PT Tambang Emas Cikotok Lestari | 36.02 | s=hibah alat produksi bagi kelompok usaha di desa ring 1 tambang, Kecamatan Cibeber {5} | d=bantuan modal bagi UMKM ring 1 Kecamatan Cibeber {Rp 100.000.000}
donor m | Yayasan Kanekes Lestari | 36.02 | t=pendamping sistem kontrol internal (ICS) untuk sertifikasi organik gula aren {2} | d=hibah kecil bagi kelompok perajin tenun Baduy {Rp 10.000.000}
dudi s | CV Aren Organik Banten (eksportir gula semut) | 36.02 | h=membeli putus gula semut aren organik berkadar air di bawah 3 % dari kelompok bersertifikat, untuk ekspor {2:ton/bulan} | t=pendamping mutu dan ICS bagi kelompok pemasok {1}
dudi s | Pengepul Gula Aren Pasar Malingping | 36.02 | h=membeli gula aren cetak (gula batok) dari penyadap sekitar Malingping dan Wanasalam {1:ton/minggu}
dudi s | Toko Oleh-oleh Khas Lebak Jl. Multatuli | 36.02 | h=titip jual gula semut, emping, sale pisang dan kopi Lebak kemasan berlabel PIRT, bagi hasil 20 % {40:produk}
dudi s | UD Kecap Cap Badak Rangkasbitung | 36.02 | h=membeli gula aren cair dan gula cetak sebagai bahan kecap {3:ton/bulan}
dudi s | Toko Alat dan Kemasan Tani Cileles | 36.02 | s=jual oven pengering, sealer dan standing pouch, cicilan 6 bulan bagi kelompok
dudi s | Kedai Kopi Aren Rangkas | 36.02 | h=membeli gula semut untuk kopi susu gula aren {50:kg/bulan}
dudi s | Hotel Kharisma Rangkasbitung | 36.02 | p=PKL housekeeping dan front office bagi siswa perhotelan {4} | h=memesan sale pisang untuk suguhan tamu {20:kg/bulan}
dudi s | Sawarna Surf Camp and Homestay | 36.02 | t=pemandu selancar berlisensi bisa melatih pemuda desa pada musim sepi {1} | p=magang pemandu selancar 2 bulan bagi pemuda Desa Sawarna {5}
dudi s | Banten Kidul Trip (tour operator Sawarna dan Tanjung Layar) | 36.02 | h=menyalurkan tamu ke homestay mitra di Sawarna {150:tamu/bulan} | p=pelatihan pemandu lokal bagi pemuda desa mitra, gratis {10}
dudi s | Toko Bangunan Sinar Bayah | 36.02 | s=jual keramik, kloset dan semen, bisa kredit bagi pemilik homestay
dudi s | Penyadap dan Pengepul Nira Aren Sobang | 36.02 | h=menjual nira dan gula aren mentah ke pembuat gula semut {500:kg/minggu}
pkbm m | PKBM Insan Mandiri Leuwidamar | 36.02 | t=tutor kesetaraan dan tutor menjahit {2}
pkbm m | PKBM Bina Desa Bayah | 36.02 | p=warga belajar paket C yang mencari tempat praktik keterampilan pariwisata {20}
smk m | SMK Negeri 1 Rangkasbitung (Perhotelan) | 36.02 | t=guru perhotelan dan bahasa Inggris bisa mengajar di pokdarwis pada akhir pekan {1} | s=ruang praktik tata boga {1}
smk m | SMK Negeri 1 Bayah (Usaha Layanan Pariwisata) | 36.02 | t=guru pariwisata mendampingi pelatihan pemandu di desa wisata {1} | h=lulusan siap kerja sebagai pemandu dan staf homestay {12}
smk m | SMK Pertanian Cileles (Agribisnis Pengolahan Hasil Pertanian) | 36.02 | s=ruang produksi dan oven pengering bisa dipakai kelompok masyarakat dengan jadwal {1} | t=guru pengolahan hasil pertanian {1}
lkp m | LKP English Corner Rangkasbitung | 36.02 | p=kursus bahasa Inggris pariwisata berbayar, Rp 750 rb per peserta {20}
lkp m | LPK Pariwisata Banten Kidul Malingping | 36.02 | p=kursus pemandu wisata dan housekeeping berbayar, Rp 2 jt per peserta {15} | h=penyaluran lulusan kursus sendiri ke hotel di Anyer {5}
perguruan_tinggi m | Sekolah Tinggi Pariwisata Multatuli Rangkasbitung | 36.02 | t=dosen pendamping pemasaran digital desa wisata {2} | p=pelatihan pengelolaan homestay dan CHSE bagi desa wisata {30}
ormas m | TP PKK Kabupaten Lebak | 36.02 | p=kader PKK penggerak {40} | h=bazar UMKM di Alun-alun Rangkasbitung tiap Minggu pagi {20:produk}
ormas m | Dekranasda Kabupaten Lebak | 36.02 | h=galeri produk unggulan dan kurasi untuk pameran: gula semut, tenun Baduy, batik Lebak {30:produk} | p=pelatihan desain kemasan {20}
ormas m | Forum Pokdarwis Lebak Selatan | 36.02 | t=pengelola homestay senior berbagi pengalaman ke desa wisata rintisan {3} | h=promosi bersama di media sosial forum {10:desa}
tokoh_masyarakat m | Pak H. Endang Suherman (perajin gula semut senior, Sobang) | 36.02 | t=mau mengajar cara membuat gula semut kering dan awet {1}
tokoh_masyarakat m | Abah Ujang (kokolot Kasepuhan Cisungsang, Cibeber) | 36.02 | t=menggerakkan warga kasepuhan untuk gotong royong {30}
koperasi m | Koperasi Produsen Aren Halimun Sejahtera (Cibeber) | 36.02 | h=menampung gula semut anggota dan memasarkan ke eksportir, hanya untuk anggota {3:ton/bulan} | d=pinjaman modal bagi anggota {Rp 100.000.000}
bumdes m | BUMDes Sawarna Jaya | 36.02 | s=gazebo dan pusat informasi wisata milik desa bisa dipakai pokdarwis {1} | h=loket paket homestay desa {80:tamu/bulan}
bumdes m | BUMDes Citorek Kidul (Negeri di Atas Awan) | 36.02 | h=kios oleh-oleh di kawasan wisata Negeri di Atas Awan, menjual gula semut dan kopi warga {30:produk}
dudi s | PT Nira Nusa Organik (eksportir gula semut) | 36.02 tidak | h=membeli gula semut organik dari kelompok di Lebak Selatan {5:ton/bulan}
lkp m | LPK Wisata Bahari Sawarna | 36.02 tidak | p=pelatihan pemandu wisata dan pengelolaan homestay gratis bagi pemuda Bayah {20}
dudi s | Warung Gula Aren Cipanas | 36.02 x | h=beli gula
ormas m | Karang Taruna Kecamatan Bayah | 36.02 x | p=pelatihan
dinas g | Dinas Pariwisata Provinsi Banten | 36.73 | d=hibah pengembangan desa wisata rintisan se-Banten lewat proposal {Rp 100.000.000} | p=pelatihan CHSE dan pemandu wisata {50}
blk g | UPTD BLK Provinsi Banten (Serang) | 36.73 | p=pelatihan pemandu wisata dan barista 160 JP, berasrama {16}
dudi s | CV Aren Manis Pandeglang | 36.01 | h=membeli gula semut dari kelompok di Pandeglang dan Lebak untuk pabrik kopi {1:ton/bulan}
dudi s | Hotel Pantai Anyer Indah | 36.04 | p=magang front office dan housekeeping {6}
perguruan_tinggi m | Universitas Agro Halimun Bogor | 32.01 | p=pelatihan teknologi gula semut sesuai SNI {20} | t=dosen pendamping pengolahan aren {1}
dudi s | Swalayan Organik Tangerang | 36.71 | h=konsinyasi produk organik UMKM Banten berbarcode {30:produk}
dudi s | Toko Daring Organik Nusantara Jakarta | 31.74 | h=membeli gula semut organik dari Lebak tiap bulan, dikirim ekspedisi {500:kg/bulan}
donor s | Program Hibah Desa Wisata Nusantara (seleksi nasional) | 31.74 | d=hibah perbaikan sarana homestay bagi pokdarwis seluruh Indonesia, proposal daring {Rp 50.000.000}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Jambi: Kabupaten Sarolangun (15.03)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_sarolangun",
        "SRL",
        "Hal yang Dapat Kami Sumbangkan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Sarolangun | 15.03 | p=pelatihan berbasis kompetensi di UPTD BLK Sarolangun: menjahit, las, tata rias {48} | h=bursa kerja dan informasi lowongan perkebunan {100}
dinas g | Dinas Koperasi, Perindustrian dan Perdagangan Kab. Sarolangun | 15.03 | d=pinjaman dana bergulir bagi koperasi dan kelompok usaha binaan, maks Rp 25 jt per kelompok {Rp 300.000.000} | p=pelatihan kewirausahaan dan pembukuan {30}
dinas g | Dinas Perkebunan dan Peternakan Kabupaten Sarolangun | 15.03 | t=penyuluh perkebunan karet {3} | p=sekolah lapang penyadapan dan bokar bersih bagi kelompok tani karet terdaftar {60} | s=bantuan bak pembeku dan asam pembeku (deorub) bagi UPPB terdaftar {10}
dinas g | Dinas Sosial Kabupaten Sarolangun | 15.03 | d=bantuan usaha KUBE bagi keluarga miskin yang tercatat di DTKS {Rp 20.000.000} | p=pelatihan menjahit bagi penyandang disabilitas {15}
dinas g | Dinas Pendidikan Kabupaten Sarolangun (Bidang PAUD dan Dikmas) | 15.03 | d=BOP Kesetaraan bagi PKBM terakreditasi {Rp 15.000.000} | s=bantuan mesin jahit bagi PKBM penyelenggara PKW terakreditasi, lewat proposal tahun depan {5}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kab. Sarolangun | 15.03 | t=pendamping usaha perempuan kepala keluarga {2} | p=pelatihan menjahit dan tata boga bagi perempuan kepala keluarga {20}
dinas g | Dinas Tanaman Pangan dan Hortikultura Kab. Sarolangun | 15.03 | t=penyuluh padi dan jagung {4} | s=bantuan pompa air dan hand traktor bagi poktan padi {6}
blk g | UPTD Balai Latihan Kerja Kabupaten Sarolangun | 15.03 | t=instruktur menjahit bersertifikat, bisa diperbantukan ke lembaga mitra dua kali seminggu {1} | s=ruang jahit dengan 12 mesin, dipinjamkan hari Sabtu {1} | p=pelatihan menjahit pakaian 240 JP {16}
blk m | BLK Komunitas Pondok Pesantren Darul Ulum Pauh | 15.03 | t=instruktur las listrik {1} | p=pelatihan las dan otomotif sepeda motor {16}
donor m | BAZNAS Kabupaten Sarolangun | 15.03 | d=Sarolangun Sejahtera: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 200.000.000}
donor m | LAZ Ukhuwah Pasar Bawah Sarolangun | 15.03 | d=qardhul hasan bagi pedagang Pasar Bawah Sarolangun, paling banyak Rp 2 jt per orang {Rp 40.000.000}
donor s | Bank Jambi Cabang Sarolangun | 15.03 | d=KUR dan kredit peremajaan kebun karet bagi petani dan kelompok tani {Rp 2 M}
donor s | CSR PT Bara Tembesi Energi (tambang batubara Mandiangin) | 15.03 | d=bantuan modal usaha bagi kelompok warga ring 1 tambang di Kecamatan Mandiangin {Rp 150.000.000} | s=hibah mesin jahit bagi kelompok perempuan ring 1 Mandiangin {10}
donor s | CSR PT Sawit Limun Lestari | 15.03 | d=hibah bagi koperasi plasma sawit di Kecamatan Limun {Rp 100.000.000} | p=pelatihan budidaya sawit bagi petani plasma {30}
donor m | Yayasan Rimba Lestari Jambi | 15.03 | t=fasilitator pendamping Orang Rimba di kawasan Bukit Duabelas, Air Hitam {2} | p=pelatihan kesehatan dan baca tulis bagi anak rimba {20}
dudi s | PT Karet Batang Tembesi (pabrik crumb rubber Sarolangun) | 15.03 | h=membeli bokar bersih dari UPPB bermitra dengan kontrak harga, bayar per minggu {200:ton/bulan} | p=pelatihan mutu bokar dan penyadapan bagi UPPB mitra {30}
dudi s | Toke Karet Pelawan (pedagang pengumpul) | 15.03 | h=membeli slab karet dari petani tiap minggu dengan harga pasar dan timbangan sendiri {10:ton/minggu}
dudi s | Toko Mesin Jahit Surya Sarolangun | 15.03 | s=jual mesin jahit high speed dan obras, cicilan 10 bulan | t=teknisi servis mesin jahit berbayar {1}
dudi s | Konveksi Seragam Azka Collection | 15.03 | h=memberi order jahit seragam sekolah borongan kepada penjahit rumahan dan kelompok {500:potong/bulan} | p=magang penjahit 2 bulan {3}
dudi s | Toko Kain dan Perlengkapan Jahit Pasar Singkut | 15.03 | h=menjual kain, benang dan kancing ke penjahit dan konveksi
dudi s | Toko Tani Makmur Pelawan | 15.03 | s=jual pisau sadap, mangkok lateks, asam pembeku dan pupuk, bayar saat panen
dudi s | PT Perkebunan Sawit Bukit Bulan | 15.03 | h=rekrutmen pemanen dan perawat kebun sawit {40}
dudi s | Butik Busana Muslim Fatimah Sarolangun | 15.03 | h=memesan jahitan gamis dan kerudung dari penjahit yang rapi {100:potong/bulan} | t=desainer memberi contoh pola {1}
dudi s | Rumah Asap Cair Sarolangun | 15.03 | s=jual asap cair untuk pembeku lateks {2:ton/bulan}
pkbm m | PKBM Harapan Bangsa Pauh | 15.03 | t=tutor menjahit dan tutor kesetaraan {2} | s=tiga mesin jahit milik PKBM {3}
pkbm m | PKBM Sarolangun Cerdas | 15.03 | p=warga belajar paket C yang mencari tempat praktik menjahit {20}
skb g | SKB Sarolangun | 15.03 | t=pamong belajar pendamping keterampilan menjahit dan tata rias {2} | s=ruang keterampilan dan 6 mesin jahit dipinjamkan sesuai jadwal {6}
smk m | SMK Negeri 1 Sarolangun (Tata Busana) | 15.03 | t=guru tata busana bisa mengajar menjahit di PKBM sore hari {1} | s=ruang praktik busana dipinjamkan saat libur sekolah {1}
smk m | SMK Negeri 3 Sarolangun (Agribisnis Tanaman Perkebunan) | 15.03 | t=guru perkebunan pendamping teknik penyadapan {1} | p=kelas sekolah lapang karet di kebun praktik sekolah bagi petani sekitar {20}
lkp m | LKP Menjahit Nur Azizah Sarolangun | 15.03 | p=kursus menjahit berbayar, Rp 1,5 jt per peserta {12} | h=penyaluran alumni kursus ke konveksi jaringan {4}
lkp m | LKP Tata Rias Pengantin Melayu Sarolangun | 15.03 | t=instruktur tata rias pengantin {1} | p=kursus tata rias {10}
lkp m | LPK Operator Alat Berat Sarolangun | 15.03 | p=kursus operator excavator dan dump truck {10} | h=penyaluran ke kontraktor batubara {6}
ormas m | TP PKK Kabupaten Sarolangun | 15.03 | p=kader PKK penggerak {40} | h=bazar UMKM di Taman Kota Sarolangun tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Sarolangun | 15.03 | h=galeri kerajinan dan kurasi batik Sarolangun untuk pameran {30:produk} | p=pelatihan desain busana bermotif Sarolangun {20}
ormas m | Apkarindo Kabupaten Sarolangun (asosiasi petani karet) | 15.03 | t=petani karet senior pendamping penyadapan {2} | h=menghubungkan anggota dengan pabrik karet, tidak membeli
ormas m | Paguyuban Penjahit Sarolangun | 15.03 | t=penjahit senior mau melatih di luar kelompok bila ada honor transport {3} | h=berbagi order jahitan seragam ke anggota paguyuban {200:potong/bulan}
tokoh_masyarakat m | Ibu Hj. Rosmawati (penjahit senior Singkut) | 15.03 | t=mau mengajar menjahit busana muslim di PKBM tiga kali seminggu {1}
tokoh_masyarakat m | Datuk Rio Desa Pelawan | 15.03 | t=menggerakkan petani desa untuk ikut sekolah lapang {30}
koperasi m | KUD Karya Tani Singkut | 15.03 | d=simpan pinjam anggota {Rp 150.000.000} | h=pasar lelang karet KUD: menimbang dan melelang bokar anggota dan nonanggota tiap Kamis {40:ton/bulan}
koperasi m | Koperasi Wanita Mawar Singkut | 15.03 | d=pinjaman anggota dengan angsuran mingguan {Rp 80.000.000} | h=warung koperasi menjual hasil anggota {20:produk}
bumdes m | BUMDes Pelawan Jaya | 15.03 | h=UPPB desa: mengumpulkan dan menjual bokar bersih petani desa ke pabrik dengan harga lelang {30:ton/bulan} | s=gudang bokar desa {1}
bumdes m | BUMDes Sungai Gedang Singkut | 15.03 | s=gedung serbaguna desa dipinjamkan untuk pelatihan {1}
dudi s | PT Karet Sarolangun Makmur | 15.03 tidak | h=membeli bokar bersih dari kelompok tani {100:ton/bulan} | p=pelatihan penyadapan {30}
lkp m | LKP Busana Melati Singkut | 15.03 tidak | t=instruktur menjahit datang ke lembaga mitra {2} | s=10 mesin jahit dipinjamkan {10}
dudi s | Toke Karet Limun | 15.03 x | h=beli karet
ormas m | Karang Taruna Singkut | 15.03 x | p=pelatihan
lkp m | LKP Menjahit Bangko | 15.02 | t=instruktur menjahit bisa datang ke lembaga di Merangin dan sekitarnya {1}
dudi s | PT Sinar Karet Bulian | 15.04 | h=membeli bokar dari UPPB se-Jambi dengan kontrak {300:ton/bulan}
dudi s | PT Karet Rupit (crumb rubber) | 16.13 | h=membeli bokar dari UPPB Musi Rawas Utara dan Sarolangun {100:ton/bulan}
dinas g | Dinas Perkebunan Provinsi Jambi | 15.71 | p=pelatihan UPPB dan bokar bersih bagi kelompok tani karet se-Provinsi Jambi di Kota Jambi {40} | h=fasilitasi kemitraan UPPB dengan pabrik karet, menghubungkan saja
perguruan_tinggi m | Universitas Jambi (Fakultas Pertanian) | 15.71 | t=dosen pendamping budidaya dan pascapanen karet {2} | p=pelatihan pascapanen karet di desa binaan {30}
dudi s | Konveksi Batik Jambi Seberang | 15.71 | h=order jahit batik borongan ke kelompok penjahit di Kota Jambi {300:potong/bulan}
dudi s | Toko Mesin Jahit Palembang | 16.71 | s=jual mesin jahit industri, kirim ke luar kota
donor s | Program Hibah Komoditas Perkebunan Rakyat (seleksi nasional) | 31.74 | d=hibah sarana pascapanen bagi kelompok tani perkebunan seluruh Indonesia, proposal daring {Rp 25.000.000}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Sulawesi Utara: Kabupaten Bolaang Mongondow (71.01)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_bolaang_mongondow",
        "BMG",
        "Kontribusi Nyata bagi Program Mitra",
        """
dinas g | Dinas Pertanian Kabupaten Bolaang Mongondow | 71.01 | s=bantuan alsintan (combine harvester, dryer gabah) bagi Gapoktan terdaftar lewat usulan CPCL tahun depan {3} | t=penyuluh tanaman pangan di BPP Dumoga {3}
dinas g | Brigade Alsintan Dinas Pertanian Bolmong (pos Dumoga) | 71.01 | s=sewa combine harvester dan traktor roda empat, Rp 1,5 jt per hektare {4} | t=operator alsintan ikut bersama mesin sewaan {2}
dinas g | Dinas Koperasi dan UKM Kabupaten Bolaang Mongondow | 71.01 | d=pinjaman dana bergulir bagi KUB dan koperasi binaan, jasa 3 % per tahun, maks Rp 30 jt {Rp 400.000.000} | p=pendampingan PIRT, halal dan merek {30}
dinas g | Dinas Perdagangan Kab. Bolaang Mongondow | 71.01 | h=memfasilitasi temu bisnis kopi dan beras di Lolak dengan pembeli dari Manado, tanpa pembelian langsung
dinas g | Dinas Sosial Kabupaten Bolaang Mongondow | 71.01 | d=bantuan usaha KUBE bagi keluarga miskin yang tercatat di DTKS {Rp 20.000.000}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kab. Bolmong | 71.01 | p=pelatihan operator alat berat dan las di BLK {32} | h=bursa kerja tambang dan perkebunan {80}
dinas g | Dinas Perkebunan Kabupaten Bolaang Mongondow | 71.01 | t=penyuluh kopi dan kakao {2} | s=bantuan mesin pulper dan roaster kecil bagi kelompok kopi terdaftar {2} | p=sekolah lapang kopi robusta di Passi dan Lolayan {30}
dinas g | Dinas Pariwisata Kabupaten Bolaang Mongondow | 71.01 | h=gerai oleh-oleh di Pantai Lolak dan stan UMKM pada Festival Budaya Bolmong {20:produk}
blk g | UPTD Balai Latihan Kerja Bolaang Mongondow (Lolak) | 71.01 | p=pelatihan barista dan roasting kopi 160 JP {16} | t=instruktur barista bisa diperbantukan ke kelompok {1}
blk m | BLK Komunitas Pesantren Nurul Huda Dumoga | 71.01 | p=pelatihan perbengkelan mesin pertanian dan traktor {16} | t=instruktur mesin pertanian {1}
donor m | BAZNAS Kabupaten Bolaang Mongondow | 71.01 | d=Bolmong Peduli: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 200.000.000}
donor s | Bank SulutGo Cabang Lolak | 71.01 | d=KUR mikro sampai Rp 50 jt tanpa agunan tambahan {Rp 3 M}
donor s | CSR PT Emas Bumi Totabuan (tambang Bakan) | 71.01 | d=bantuan modal usaha bagi warga ring 1 tambang di Desa Bakan dan Tanoyan, Kecamatan Lolayan {Rp 200.000.000} | s=hibah alsintan bagi poktan ring 1 Lolayan {2}
donor m | Yayasan Bogani Lestari (penyangga TN Bogani Nani Wartabone) | 71.01 | d=hibah modal usaha hijau bagi kelompok tani di desa penyangga taman nasional di Dumoga {Rp 25.000.000} | t=pendamping agroforestri {2}
donor m | Komisi Pelayanan Sosial Jemaat GMIBM Lolak | 71.01 | d=bantuan modal usaha bagi anggota jemaat {Rp 30.000.000}
dudi s | Penggilingan Padi PB Sinar Dumoga | 71.01 | h=membeli gabah kering panen dari petani Dumoga {30:ton/minggu} | s=jasa pengeringan gabah berbayar Rp 150 per kg {1}
dudi s | Penggilingan Padi Werdhi Agung | 71.01 | h=membeli gabah kering giling dari kelompok tani sekitar {20:ton/minggu}
dudi s | Bengkel Traktor Karya Tani Dumoga | 71.01 | t=mekanik traktor dan combine harvester {1} | s=servis alsintan berbayar
dudi s | Toko Oleh-oleh Khas Bolmong Lolak | 71.01 | h=titip jual kopi bubuk, dodol dan kacang goyang berlabel PIRT, bagi hasil 20 % {40:produk}
dudi s | Pengepul Kopi Passi | 71.01 | h=membeli biji kopi asalan (green bean) dari petani {2:ton/bulan}
dudi s | Hotel Pantai Lolak | 71.01 | h=membeli kopi bubuk lokal untuk sarapan tamu {20:kg/bulan}
dudi s | PT Jasa Tambang Lolayan | 71.01 | h=rekrutmen operator alat berat {15}
dudi s | Kafe Kopi Bogani Inobonto | 71.01 | h=membeli kopi sangrai robusta dari roaster lokal {15:kg/bulan} | t=barista mau berbagi teknik seduh {1}
dudi s | Toko Mesin dan Alat Pertanian Dumoga | 71.01 | s=jual hand traktor, mesin perontok dan terpal jemur, kredit bayar panen
pkbm m | PKBM Tunas Harapan Dumoga | 71.01 | t=tutor kesetaraan dan tutor tata boga {2}
pkbm m | PKBM Bintang Lolak | 71.01 | p=warga belajar paket C yang mencari tempat praktik {20}
smk m | SMK Negeri 1 Dumoga (Agribisnis Tanaman Pangan) | 71.01 | s=lantai jemur dan dryer kecil praktik sekolah bisa dipinjam kelompok tani saat libur {1} | t=guru agribisnis tanaman pangan {1}
smk m | SMK Negeri 1 Lolak (Tata Boga) | 71.01 | t=guru tata boga {1} | p=PKL siswa di usaha kuliner {10}
perguruan_tinggi m | Politeknik Pertanian Totabuan (Dumoga) | 71.01 | t=dosen mekanisasi pertanian pendamping operator alsintan {2} | p=pelatihan operator dan perawatan combine harvester bagi kelompok tani {20}
ormas m | TP PKK Kabupaten Bolaang Mongondow | 71.01 | p=kader PKK penggerak {40} | h=bazar UMKM di Lapangan Lolak tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Bolaang Mongondow | 71.01 | h=galeri produk unggulan dan kurasi kopi dan kerajinan untuk pameran {30:produk}
ormas m | KTNA Kabupaten Bolaang Mongondow | 71.01 | t=petani andalan mendampingi kelompok tani {3} | h=menghubungkan kelompok tani dengan penggilingan, tidak membeli
ormas m | Dewan Adat Bolaang Mongondow | 71.01 | t=menggerakkan warga adat untuk kegiatan desa {20}
tokoh_masyarakat m | Pak Made Sudarsana (petani maju Kembang Mertha, Dumoga) | 71.01 | t=mau berbagi cara mengoperasikan dryer gabah dan combine {1}
tokoh_masyarakat m | Om Ishak Mokodompit (roaster kopi Passi) | 71.01 | t=mau mengajar sangrai dan cupping kopi robusta di kelompok {1}
koperasi m | KUD Dumoga Makmur | 71.01 | s=sewa dryer gabah koperasi, anggota didahulukan {1} | h=menampung gabah anggota dan nonanggota untuk dijual ke Bulog {100:ton/musim} | d=pinjaman modal bagi anggota {Rp 100.000.000}
koperasi m | Koperasi Produsen Kopi Totabuan | 71.01 | h=menampung kopi bubuk anggota saja {200:kg/bulan} | d=pinjaman modal bagi anggota {Rp 50.000.000}
bumdes m | BUMDes Mopuya Sejahtera (Dumoga) | 71.01 | s=sewa hand traktor dan pompa air {2} | h=kios desa menjual beras warga {2:ton/bulan}
bumdes m | BUMDes Bintau Passi Barat | 71.01 | d=pinjaman modal bagi kelompok usaha warga Desa Bintau {Rp 40.000.000} | h=kios desa menjual kopi bubuk warga {20:produk}
dudi s | PT Kopi Bogani Export | 71.01 tidak | h=membeli kopi bubuk dan sangrai dari kelompok di Bolmong {200:kg/bulan}
koperasi m | UPJA Dumoga Sejahtera | 71.01 tidak | s=pinjam combine harvester dan dryer bagi poktan Dumoga tanpa biaya sewa {2}
dudi s | Kios Beras Lolak | 71.01 x | h=beli
ormas m | Karang Taruna Dumoga | 71.01 x | t=pemuda
dudi s | Perum Bulog Kantor Cabang Kotamobagu | 71.74 | h=menyerap gabah petani sesuai HPP, kadar air paling tinggi 25 % {500:ton/musim}
dudi s | Dealer Alsintan Totabuan Kotamobagu | 71.74 | s=jual combine harvester dan dryer, kredit leasing | p=pelatihan operator bagi pembeli mesin {10}
dudi s | Kafe Kopi Mokoduduk Kotamobagu | 71.74 | h=membeli kopi bubuk robusta Bolmong dari kelompok {30:kg/bulan} | t=roaster kafe mau melatih sangrai {1}
lkp m | LKP Barista Kotamobagu | 71.74 | p=kursus barista berbayar {10}
donor s | CSR PT Panas Bumi Kotamobagu | 71.74 | d=bantuan modal bagi kelompok usaha di Kota Kotamobagu {Rp 100.000.000}
dudi s | UD Beras Totabuan Kotamobagu | 71.74 | h=membeli beras dari penggilingan {50:ton/bulan}
dudi s | Kelompok Kopi Modayag | 71.10 | t=petani kopi arabika berbagi teknik pascapanen {1}
dudi s | Toko Oleh-oleh Khas Sulut Manado | 71.71 | h=membeli putus kopi bubuk dari kelompok di Bolmong dan Minahasa {100:kg/bulan}
perguruan_tinggi m | Universitas Sam Ratulangi (Fakultas Pertanian) | 71.71 | t=dosen teknologi pascapanen kopi dan padi {2} | p=pelatihan alsintan di Manado {20}
dudi s | Dealer Alsintan Gorontalo | 75.71 | s=jual dryer gabah dan rice transplanter {3}
donor s | Program Hibah Kopi Nusantara (seleksi nasional) | 31.74 | d=hibah modal bagi kelompok pengolah kopi seluruh Indonesia, proposal daring {Rp 30.000.000}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# Mechanical part: parse the lines, then write the three shapes.
# ---------------------------------------------------------------------------------------------
def parse_block(block: str, prefix: str) -> list[dict]:
    partners = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind, sec = fields[0].split()
        loc = fields[2].split()
        p = {
            "partner_id": f"{prefix}-{len(partners) + 1:03d}",
            "name": fields[1],
            "kind": kind,
            "sector": SECTORS[sec],
            "code": loc[0],
            "inactive": "tidak" in loc[1:],
            "sparse": "x" in loc[1:],
            "offers": {},
            "caps": {},
            "units": {},
        }
        for f in fields[3:]:
            tag, _, text = f.partition("=")
            if tag in TAGS:
                m = re.search(r"\s*\{([^}]*)\}$", text)
                if m:
                    cap, _, unit = m.group(1).partition(":")
                    p["caps"][TAGS[tag]] = cap
                    p["units"][TAGS[tag]] = unit
                    text = text[: m.start()]
                p["offers"][TAGS[tag]] = text
            elif tag in ("v", "k", "y"):
                p[tag] = text
            else:
                raise ValueError(f"{prefix}: unknown tag {tag!r} in {line!r}")
        assert p["code"] in REGIONS, (prefix, line)
        partners.append(p)
    return partners


def offset(rng: random.Random, lat: float, lon: float) -> tuple[float, float]:
    r = 12.0 * math.sqrt(rng.random())
    t = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(t) / 111.32
    dlon = r * math.sin(t) / (111.32 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def short_regency(name: str) -> str:
    if name.startswith("Kota Administrasi "):
        return name.removeprefix("Kota Administrasi ")
    return name.replace("Kabupaten ", "Kab. ")


def kapital_regency(rng: random.Random, code: str, name: str) -> str:
    variants = KAPITAL_VARIANTS.get(code, [])
    if variants and variants[0] == "!":
        return rng.choice(variants[1:])
    if name.startswith("Kota Administrasi "):
        standard = "KOTA ADM. " + name.removeprefix("Kota Administrasi ").upper()
    elif name.startswith("Kabupaten "):
        standard = "KAB. " + name.removeprefix("Kabupaten ").upper()
    else:
        standard = name.upper()
    if variants and rng.random() < 0.45:
        return rng.choice(variants)
    return standard


def rupiah_words(cap: str) -> str:
    if cap.isdigit():
        return "Rp " + f"{int(cap):,}".replace(",", ".")
    return cap


def build(base: str, prefix: str, block: str, rng: random.Random) -> list[dict]:
    rows = []
    for p in parse_block(block, prefix):
        code = p["code"]
        name, lat, lon = REGIONS[code]
        row = {c: "" for c in COLUMNS}
        row.update(
            partner_id=p["partner_id"],
            name=p["name"],
            sector=p["sector"],
            kind=p["kind"],
        )
        plat, plon = offset(rng, lat, lon)
        missing_code = rng.random() < 0.10
        missing_point = rng.random() < 0.30
        if not p["sparse"]:
            row["province"] = PROVINCES[code[:2]]
            row["region_code"] = "" if missing_code else code
            if not missing_point:
                row["lat"], row["lon"] = f"{plat}", f"{plon}"
        row["regency"] = name
        for a in ASPECTS:
            row[f"offers_{a}"] = p["offers"].get(a, "")
            row[f"capacity_{a}"] = p["caps"].get(a, "")
        vision = p.get("v", rng.choice(VISIONS[p["kind"]]))
        seeks = p.get("k", rng.choice(SEEKS[p["kind"]]))
        if p["inactive"]:
            active = rng.choice(["tidak", "tidak", "Tidak", "TIDAK", "0"])
        else:
            active = rng.choice(["ya"] * 8 + ["Ya", "YA", "1", "true", ""])
        if "y" in p:
            years, done = p["y"].split("/")
        else:
            years, done = str(rng.randint(1, 30)), str(rng.randint(0, 15))
            if rng.random() < 0.12:
                years = ""
            if rng.random() < 0.12:
                done = ""
        if p["sparse"]:
            vision = seeks = years = done = ""
        row.update(
            vision=vision,
            seeks=seeks,
            active=active,
            years_active=years,
            partnerships_completed=done,
        )
        row["_units"] = p["units"]
        row["_code"] = code
        rows.append(row)
    return rows


def satu_kolom(
    rows: list[dict], header: str, rng: random.Random
) -> tuple[list[str], list[list]]:
    head = [
        "No",
        "ID",
        "Nama Lembaga",
        "Sektor",
        "Jenis",
        "Provinsi",
        "Kabupaten/Kota",
        header,
        "Visi",
        "Mencari",
        "Aktif",
    ]
    out = []
    for i, row in enumerate(rows, 1):
        pieces = []
        for a in ASPECTS:
            text = row[f"offers_{a}"]
            if not text:
                continue
            cap = row[f"capacity_{a}"]
            if cap and a == "dana":
                text += f", senilai {rupiah_words(cap)}"
            elif cap:
                text += f" ({cap} {row['_units'].get(a) or UNITS[a]})"
            pieces.append(text)
        rng.shuffle(pieces)
        active = row["active"]
        aktif = {"tidak": "Tidak", "0": "Tidak", "": ""}.get(active.lower(), "Ya")
        out.append(
            [
                i,
                row["partner_id"],
                row["name"],
                row["sector"].capitalize(),
                KIND_LABELS[row["kind"]],
                row["province"],
                short_regency(row["regency"]),
                "; ".join(pieces),
                row["vision"],
                row["seeks"],
                aktif,
            ]
        )
    return head, out


def kapital(rows: list[dict], rng: random.Random) -> list[dict]:
    out = []
    for row in rows:
        new = {c: row[c] for c in COLUMNS}
        name = row["name"].upper()
        name = re.sub(r"^(PT|CV|UD)\s", r"\1. ", name)
        new["name"] = name
        if row["province"]:
            forms = KAPITAL_PROVINCES[row["_code"][:2]]
            new["province"] = forms[0] if rng.random() < 0.5 else rng.choice(forms)
        new["regency"] = kapital_regency(rng, row["_code"], row["regency"])
        new["region_code"] = new["lat"] = new["lon"] = ""
        new["active"] = row["active"].upper()
        out.append(new)
    return out


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    rng = random.Random(SEED)
    shapes = [["directory", "shape", "file"]]
    for base, prefix, header, block in DIRECTORIES:
        rows = build(base, prefix, block, rng)
        write_csv(
            HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows]
        )
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(
            HERE / f"{base}_kapital.csv",
            COLUMNS,
            [[r[c] for c in COLUMNS] for r in kap],
        )
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
