"""Write the twentieth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Bengkalis"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of national17/make_national17.py (itself a copy of
national5/make_national5.py; copied, new seed, new regions, new directories). Every partner is one hand-written line in a directory block::
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

Run from the repository root (standard library only)::

    python3 make_national20.py   # writes next to itself

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20341120
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
    "14.03": ("Kabupaten Bengkalis", 1.41191, 101.64286),
    "14.72": ("Kota Dumai", 1.82076, 101.28229),
    "14.08": ("Kabupaten Siak", 0.81701, 101.87543),
    "14.71": ("Kota Pekanbaru", 0.55128, 101.46573),
    "21.71": ("Kota Batam", 0.963, 104.06356),
    "63.07": ("Kabupaten Hulu Sungai Tengah", -2.60937, 115.47866),
    "63.06": ("Kabupaten Hulu Sungai Selatan", -2.72922, 115.20551),
    "63.08": ("Kabupaten Hulu Sungai Utara", -2.43926, 115.15127),
    "63.11": ("Kabupaten Balangan", -2.31783, 115.62277),
    "63.71": ("Kota Banjarmasin", -3.32912, 114.5918),
    "63.72": ("Kota Banjarbaru", -3.47477, 114.79118),
    "64.71": ("Kota Balikpapan", -1.15667, 116.87229),
    "33.10": ("Kabupaten Klaten", -7.68582, 110.61945),
    "33.09": ("Kabupaten Boyolali", -7.41652, 110.6525),
    "33.11": ("Kabupaten Sukoharjo", -7.68084, 110.83484),
    "33.72": ("Kota Surakarta", -7.55789, 110.82314),
    "33.74": ("Kota Semarang", -7.0239, 110.39152),
    "34.04": ("Kabupaten Sleman", -7.71646, 110.38321),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI and DIY as lists write them).
PROVINCES = {
    "14": "Riau",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "33": "Jawa Tengah",
    "34": "Daerah Istimewa Yogyakarta",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "14": ["RIAU", "PROV. RIAU", "PROVINSI RIAU"],
    "21": ["KEPULAUAN RIAU", "KEPRI", "KEP. RIAU"],
    "31": ["DKI JAKARTA", "DKI"],
    "33": ["JAWA TENGAH", "JATENG", "PROV. JAWA TENGAH"],
    "34": ["DAERAH ISTIMEWA YOGYAKARTA", "DIY", "D.I. YOGYAKARTA", "YOGYAKARTA"],
    "63": [
        "KALIMANTAN SELATAN",
        "KALSEL",
        "PROV. KALSEL",
        "PROVINSI KALIMANTAN SELATAN",
    ],
    "64": ["KALIMANTAN TIMUR", "KALTIM"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "14.03": [
        "!",
        "KAB. BENGKALIS",
        "BENGKALIS",
        "KAB BENGKALIS",
        "KABUPATEN BENGKALIS",
        "KAB. BENGKALIS - RIAU",
    ],
    "14.72": ["DUMAI", "KOTA DUMAI (RIAU)"],
    "14.08": ["SIAK", "SIAK SRI INDRAPURA"],
    "14.71": ["PEKANBARU", "PEKAN BARU", "KODYA PEKANBARU"],
    "21.71": ["BATAM"],
    "63.07": [
        "!",
        "KAB. HULU SUNGAI TENGAH",
        "HULU SUNGAI TENGAH",
        "HST",
        "KAB. HST",
        "KAB. HST (BARABAI)",
        "BARABAI",
    ],
    "63.06": ["HSS", "KANDANGAN", "KAB. HSS"],
    "63.08": ["HSU", "AMUNTAI", "KAB. HSU (AMUNTAI)"],
    "63.11": ["BALANGAN", "PARINGIN"],
    "63.71": ["BANJARMASIN", "KODYA BANJARMASIN"],
    "63.72": ["BANJARBARU", "KOTA BANJARBARU (IBU KOTA PROV.)"],
    "64.71": ["BALIKPAPAN"],
    "33.10": [
        "!",
        "KAB. KLATEN",
        "KLATEN",
        "KABUPATEN KLATEN",
        "KAB KLATEN",
        "KLATEN, JATENG",
    ],
    "33.09": ["BOYOLALI"],
    "33.11": ["SUKOHARJO"],
    "33.72": ["SOLO", "SURAKARTA", "KOTA SOLO"],
    "33.74": ["SEMARANG", "KOTA SEMARANG"],
    "34.04": ["SLEMAN", "KAB. SLEMAN"],
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
# 1. Riau: Kabupaten Bengkalis (14.03)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_bengkalis",
        "BKS",
        "Wujud Peran Serta Lembaga",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Bengkalis | 14.03 | p=pelatihan berbasis kompetensi di UPT BLK Duri: operator alat berat, las listrik, menjahit, tata rias {64} | h=bursa kerja dan antar kerja lokal untuk perusahaan migas dan sawit {150}
dinas g | Dinas Koperasi dan Usaha Kecil Menengah Kabupaten Bengkalis | 14.03 | d=dana bergulir bagi koperasi dan UMKM binaan, jasa 3 % per tahun, maks Rp 25 jt per usaha {Rp 600.000.000} | p=pendampingan NIB, PIRT, sertifikat halal dan desain kemasan {40}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Bengkalis | 14.03 | s=Rumah Kemasan Bengkalis: sealer, mesin cetak label dan vacuum, dipakai IKM binaan dengan jadwal {1} | h=memfasilitasi temu dagang IKM dengan pembeli dari Pekanbaru dan Batam, tanpa membeli sendiri
dinas g | Dinas Perikanan Kabupaten Bengkalis | 14.03 | s=bantuan mesin penggiling udang, rak jemur dan cool box bagi POKLAHSAR terdaftar lewat proposal {5} | t=penyuluh perikanan bidang pengolahan hasil {2}
dinas g | Dinas Sosial Kabupaten Bengkalis | 14.03 | d=bantuan usaha KUBE bagi keluarga miskin yang terdaftar di DTKS {Rp 20.000.000}
dinas g | Dinas Pariwisata, Kebudayaan, Kepemudaan dan Olahraga Kabupaten Bengkalis | 14.03 | t=pamong budaya pendamping sanggar tenun dan seni Melayu {2} | h=stan UMKM di Festival Pantai Selat Baru dan Bengkalis Expo {30:produk}
dinas g | Dinas Pendidikan Kabupaten Bengkalis (Bidang Pendidikan Nonformal) | 14.03 | d=BOP Kesetaraan bagi PKBM terakreditasi, lewat usulan {Rp 15.000.000} | p=bimtek tutor kesetaraan dan keaksaraan {30}
ormas m | Lembaga Adat Melayu Riau (LAMR) Kabupaten Bengkalis | 14.03 | t=tokoh adat narasumber makna motif tenun dan busana Melayu, sebagai penasihat, bukan penenun {2} | p=pelatihan adat istiadat dan pakaian Melayu bagi generasi muda {30}
blk g | UPT Balai Latihan Kerja Duri | 14.03 | t=instruktur menjahit dan bordir bisa diperbantukan ke lembaga mitra di Kecamatan Mandau {1} | s=ruang jahit dengan 16 mesin jahit, bisa dipinjam hari Sabtu {1} | p=pelatihan menjahit pakaian 240 JP {16}
blk m | BLK Komunitas Pondok Pesantren Darul Ulum Bengkalis | 14.03 | p=pelatihan menjahit dan bordir busana muslim bagi santri dan warga {16} | t=instruktur bordir {1}
donor m | BAZNAS Kabupaten Bengkalis | 14.03 | d=Bengkalis Makmur: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 350.000.000}
donor s | Bank Riau Kepri Syariah Cabang Bengkalis | 14.03 | d=KUR syariah dan pembiayaan usaha mikro sampai Rp 50 jt {Rp 3 M}
donor s | CSR PT Rokan Energi Duri (migas) | 14.03 | d=bantuan modal dan alat usaha bagi UMKM ring 1 lapangan minyak di Kecamatan Mandau, Pinggir dan Bathin Solapan {Rp 400.000.000} | p=pelatihan wirausaha bagi warga ring 1 {40}
donor s | TJSL PT Kilang Sungai Pakning | 14.03 | s=hibah alat produksi (mesin giling, oven, sealer) bagi kelompok usaha di desa ring 1 Kecamatan Bukit Batu {6} | d=modal usaha bagi kelompok perempuan Sungai Pakning {Rp 100.000.000}
donor s | CSR PT Sawit Pesisir Lestari | 14.03 | d=bantuan modal bagi kelompok tani dan UMKM di Kecamatan Siak Kecil sekitar kebun inti {Rp 150.000.000}
donor m | LAZ Rumah Zakat Negeri Junjungan | 14.03 | d=qardhul hasan bagi pedagang Pasar Terubuk Bengkalis, maks Rp 2 jt per orang {Rp 50.000.000}
donor s | Program Hibah Pengolahan Pangan Pesisir (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perempuan pengolah hasil laut seluruh Indonesia, seleksi proposal daring {Rp 25.000.000}
donor m | Yayasan Tenun Melayu Lestari | 14.03 | t=pendamping desain motif tenun songket, datang dua minggu sekali {1} | s=hibah dua alat tenun gedogan bagi sanggar pemula {2}
dudi s | Pusat Oleh-oleh Khas Bengkalis Jl. Ahmad Yani | 14.03 | h=membeli putus belacan, kerupuk ikan, lempuk durian dan dodol dari produsen rumahan ber-PIRT {700:bungkus/bulan}
dudi s | Toko Oleh-oleh Terubuk Bengkalis | 14.03 | h=titip jual ikan terubuk salai, telur terubuk dan belacan, bagi hasil 20 % {40:produk}
dudi s | Rumah Makan Selera Melayu Bengkalis | 14.03 | h=membeli belacan udang rebon curah untuk sambal dan masakan {20:kg/bulan}
dudi s | Pengepul Udang Rebon Selat Baru | 14.03 | h=menjual udang rebon segar dan kering ke pembuat belacan dan pedagang {2:ton/minggu}
dudi s | Toko Kemasan dan Mesin Usaha Bengkalis Jaya | 14.03 | s=jual mesin penggiling, sealer, standing pouch dan rak jemur, bisa cicilan 10 bulan
dudi s | Reseller Oleh-oleh Riau Pesisir (marketplace) | 14.03 | h=menjual belacan Bantan, keripik dan lempuk di marketplace, ambil putus dari kelompok {300:bungkus/bulan}
dudi s | Toko Benang dan Alat Tenun Pak Usman | 14.03 | s=jual benang sutra, benang emas dan alat tenun kik pesanan {10:unit/bulan}
dudi s | Butik Songket Puan Bengkalis | 14.03 | h=membeli kain tenun songket Bengkalis dari penenun {20:helai/bulan} | p=magang penenun selama 2 bulan, hanya bagi calon penenun tetap butik {3}
dudi s | Konveksi Baju Kurung Duri | 14.03 | h=merekrut penjahit baju kurung dan teluk belanga {6}
dudi s | Hotel Marina Bengkalis | 14.03 | h=memesan kain songket kecil dan suvenir untuk tamu {30:buah/bulan} | p=PKL siswa perhotelan {4}
dudi s | Kilang Sagu Rakyat Bukit Batu | 14.03 | h=membeli tual sagu dari petani {10:ton/minggu}
pkbm m | PKBM Tunas Bangsa Bantan | 14.03 | t=tutor kesetaraan dan tutor tata boga {2} | s=dapur praktik kecil {1}
pkbm m | PKBM Cahaya Ilmu Bengkalis | 14.03 | p=warga belajar paket C yang mencari tempat praktik keterampilan {25}
smk m | SMK Negeri 1 Bengkalis (Tata Busana dan Kriya Tekstil) | 14.03 | t=guru kriya tekstil bisa mengajar tenun dasar di lembaga mitra, sore hari {1} | s=dua alat tenun bukan mesin (ATBM) dipinjamkan saat libur sekolah {2}
smk m | SMK Negeri 1 Bantan (Agribisnis Pengolahan Hasil Perikanan) | 14.03 | s=ruang produksi olahan hasil laut dengan oven dan penggiling, bisa dipakai kelompok sekitar hari Sabtu {1} | t=guru produktif pengolahan hasil perikanan {1}
lkp m | LKP Tenun Songket Sri Bengkalis | 14.03 | p=kursus tenun songket 3 bulan berbayar, Rp 2 jt per peserta {10} | h=alumni disalurkan ke butik jaringan kursus {4}
perguruan_tinggi m | Politeknik Negeri Bengkalis | 14.03 | t=dosen pendamping desain kemasan dan uji mutu pangan {2} | s=bengkel mekanik bisa membuat mesin penggiling dan pengering pesanan UMKM dengan harga produksi
perguruan_tinggi m | Universitas Riau (KKN Kebangsaan Bengkalis) | 14.71 | t=mahasiswa KKN pendamping pemasaran digital UMKM, penerjunan tiap Juli {10} | p=pelatihan branding UMKM di desa lokasi KKN {30}
ormas m | TP PKK Kabupaten Bengkalis | 14.03 | p=kader PKK penggerak {40} | h=bazar UMKM di Lapangan Tugu Bengkalis tiap Minggu pagi {20:produk}
ormas m | Dekranasda Kabupaten Bengkalis | 14.03 | h=galeri tenun dan kerajinan Bengkalis, kurasi untuk pameran Inacraft {30:produk} | p=pelatihan desain motif tenun {20}
ormas m | Paguyuban Penenun Songket Meskom | 14.03 | t=penenun senior siap melatih tenun songket di luar Desa Meskom bila ada honor transport {3} | h=pemasaran bersama kain anggota {30:helai/bulan}
tokoh_masyarakat m | Mak Cik Hasnah (penenun songket senior Bengkalis) | 14.03 | t=mau mengajar tenun songket motif pucuk rebung di PKBM tiga kali seminggu {1}
tokoh_masyarakat m | Wak Dollah (pembuat belacan senior Bantan) | 14.03 | t=mau berbagi cara fermentasi belacan supaya tidak berulat {1}
koperasi m | Koperasi Nelayan Selat Baru Sejahtera | 14.03 | d=simpan pinjam khusus anggota nelayan {Rp 90.000.000} | s=cool box dan freezer koperasi bisa dipinjam anggota {4}
bumdes m | BUMDes Selat Baru Maju Kecamatan Bantan | 14.03 | h=kios di Pantai Selat Baru menjual olahan hasil laut dan oleh-oleh warga {30:produk} | s=rumah jemur dan mesin penggiling BUMDes bisa disewa warga {1}
bumdes m | BUMDes Tanjung Medang Rupat Utara | 14.03 | h=kios di Pantai Tanjung Lapin menjual oleh-oleh warga Pulau Rupat {25:produk}
dudi s | Toko Belacan Cap Udang Bantan | 14.03 tidak | h=ambil belacan dari ibu-ibu Bantan {400:bungkus/bulan}
pusat_karya m | Sanggar Tenun Cik Puan | 14.03 tidak | t=instruktur tenun songket untuk sekolah dan PKBM {2}
dudi s | Warung Oleh-oleh Pelabuhan Roro | 14.03 x | h=bisa titip
ormas m | Kelompok Sadar Wisata Pantai Raja Kecik | 14.03 x | p=pelatihan
dudi s | Pasar Oleh-oleh Khas Riau Dumai | 14.72 | h=titip jual makanan khas Riau, bagi hasil 25 % {50:produk}
dinas g | Dinas Koperasi dan UKM Provinsi Riau | 14.71 | d=pinjaman dana bergulir bagi UMKM dan kelompok usaha se-Provinsi Riau, maks Rp 20 jt {Rp 1 M}
dudi s | Toko Oleh-oleh Khas Melayu Pekanbaru | 14.71 | h=membeli belacan, lempuk dan kerupuk dari pesisir Bengkalis dan Meranti tiap bulan, dikirim travel {300:bungkus/bulan}
pusat_karya m | Rumah Tenun Siak Sri Indrapura | 14.08 | t=instruktur tenun songket Siak bisa datang ke lembaga mitra sebulan sekali {1}
blk g | UPT BLK Provinsi Riau Pekanbaru | 14.71 | p=pelatihan tenun dan bordir 160 JP di Pekanbaru, asrama disediakan {16}
dudi s | Distributor Oleh-oleh Batam | 21.71 | h=menjual oleh-oleh khas Kepri, ambil produk dari Batam dan Bintan {40:produk}
dudi s | Toko Daring Sambal Nusantara Jakarta | 31.74 | h=membeli belacan udang rebon dari Bengkalis tiap bulan, dikirim ekspedisi {200:kg/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Kalimantan Selatan: Kabupaten Hulu Sungai Tengah (63.07)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_hulu_sungai_tengah",
        "HST",
        "Rincian Tawaran Kerja Sama",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Hulu Sungai Tengah | 63.07 | p=pelatihan kerja di UPT BLK Barabai: teknik sepeda motor, menjahit, las, barista {48} | h=bursa kerja dan informasi lowongan bengkel, dealer dan perkebunan {100}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kabupaten Hulu Sungai Tengah | 63.07 | d=dana bergulir bagi koperasi aktif berbadan hukum, jasa 3 % per tahun, maks Rp 100 jt per koperasi {Rp 800.000.000} | p=pendampingan RAT, pembukuan dan legalitas koperasi {30}
dinas g | Dinas Pertanian Kabupaten Hulu Sungai Tengah (Bidang Perkebunan) | 63.07 | t=penyuluh perkebunan kayu manis dan karet {3} | s=bantuan alat pengupas dan pengering kulit kayu manis bagi kelompok tani terdaftar Simluhtan {4} | p=sekolah lapang panen dan pascapanen kayu manis {30}
dinas g | Dinas Perdagangan Kabupaten HST (Bidang Pemasaran) | 63.07 | h=memfasilitasi temu bisnis komoditas perkebunan dengan eksportir Surabaya dan Banjarmasin, tanpa membeli sendiri
dinas g | Dinas Sosial Kabupaten Hulu Sungai Tengah | 63.07 | d=bantuan KUBE bagi keluarga penerima PKH yang terdaftar di DTKS {Rp 20.000.000}
dinas g | Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Hulu Sungai Tengah | 63.07 | h=stan UMKM di Festival Pagat Batu Benawa dan Barabai Expo {30:produk} | t=narasumber sadar wisata {2}
dinas g | Cabang Dinas Pendidikan Provinsi Kalimantan Selatan Wilayah HST | 63.07 | p=fasilitasi MoU prakerin SMK dengan DUDI dan sinkronisasi kurikulum {10} | t=pengawas SMK {1}
dinas g | Dinas Perhubungan Kabupaten HST (UPT Pengujian Kendaraan Bermotor) | 63.07 | t=penguji kendaraan bermotor bisa menjadi narasumber keselamatan dan uji emisi {2}
blk g | UPT BLK Kabupaten Hulu Sungai Tengah | 63.07 | s=bengkel otomotif dengan 6 sepeda motor praktik dan alat tune up, bisa dipinjam lembaga mitra hari Sabtu {1} | t=instruktur otomotif sepeda motor {1} | p=pelatihan teknik sepeda motor injeksi 240 JP {16}
donor m | BAZNAS Kabupaten Hulu Sungai Tengah | 63.07 | d=HST Makmur: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 300.000.000}
donor s | Bank Kalsel Cabang Barabai | 63.07 | d=KUR dan kredit modal kerja koperasi sampai Rp 500 jt dengan agunan {Rp 5 M}
donor s | CSR PT Batubara Tanjung Balangan | 63.11 | d=bantuan modal usaha bagi koperasi dan kelompok di desa ring 1 tambang di Kabupaten Balangan {Rp 500.000.000} | p=pelatihan mekanik alat berat bagi pemuda ring 1 {20}
donor s | CSR PT Perkebunan Karet Batang Alai | 63.07 | d=bantuan modal kerja bagi koperasi dan kelompok tani di Kecamatan Batang Alai Utara dan Batang Alai Timur, wilayah kebun {Rp 200.000.000}
donor s | TJSL PT PLN UP3 Barabai | 63.07 | d=bantuan modal dan peralatan bagi UMKM dan koperasi binaan terpilih di HST, lewat proposal {Rp 150.000.000}
donor m | LAZ Barabai Peduli Umat | 63.07 | d=qardhul hasan bagi pedagang Pasar Keramat Barabai, maks Rp 2 jt per orang {Rp 60.000.000}
donor s | Program Hibah Rempah Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi koperasi dan kelompok petani rempah seluruh Indonesia, proposal daring {Rp 50.000.000}
dudi s | UD Rempah Meratus Barabai (pedagang pengumpul) | 63.07 | h=membeli kulit kayu manis kering dari petani dan koperasi, bayar tunai {10:ton/bulan}
dudi s | CV Kalsel Spice Export | 63.71 | h=membeli kayu manis (cassia) grade A dan B untuk ekspor, minimal 5 ton per kirim, pembeli menanggung angkutan dari Hulu Sungai {30:ton/bulan}
dudi s | Penyulingan Minyak Atsiri Kayu Manis Hantakan | 63.07 | h=membeli daun dan ranting kayu manis untuk disuling {3:ton/bulan}
dudi s | Toko Oleh-oleh Apam Barabai | 63.07 | h=titip jual apam Barabai, kue untuk-untuk dan bubuk kayu manis kemasan, bagi hasil 20 % {30:produk}
dudi s | Toko Pertanian dan Pupuk Tani Makmur Barabai | 63.07 | s=jual parang kupas, terpal jemur dan mesin potong, bisa cicilan
dudi s | Gudang Karet Pengumpul Haruyan | 63.07 | h=membeli lump karet dari petani {20:ton/minggu}
dudi s | Dealer Resmi Sepeda Motor Barabai Jaya Motor | 63.07 | p=magang mekanik 3 bulan di bengkel AHASS dealer bagi lulusan kursus otomotif {4} | h=rekrut mekanik lulusan kursus {2}
dudi s | Bengkel Motor Berkah Pandawan | 63.07 | p=menerima magang montir motor 2 bulan, uang makan ditanggung {2}
dudi s | Bengkel Mobil dan Spooring Murakata Barabai | 63.07 | p=magang mekanik mobil 3 bulan {3} | h=rekrut mekanik mobil {1}
dudi s | Bengkel Las dan Bubut Labuan Amas | 63.07 | p=magang las dan bubut {2}
dudi s | Toko Suku Cadang Motor Sinar Barabai | 63.07 | s=jual suku cadang dan kunci-kunci motor, bisa kredit untuk bengkel {20:set}
dudi s | Bengkel Alat Berat PT Meratus Mekanika | 63.11 | p=OJT mekanik alat berat bagi lulusan SMK Teknik Alat Berat {6}
dudi s | Rental dan Servis Sepeda Motor Batu Benawa | 63.07 | h=rekrut montir motor untuk servis armada rental wisata Pagat {2}
dudi s | Eksportir Kopi dan Rempah Jakarta | 31.74 | h=membeli kayu manis Kalimantan lewat pengumpul Banjarmasin {20:ton/bulan}
pkbm m | PKBM Murakata Barabai | 63.07 | p=warga belajar paket C yang mencari tempat magang {20}
pkbm m | PKBM Cahaya Hantakan | 63.07 | t=tutor kesetaraan dan keaksaraan {2} | s=ruang belajar di Desa Hantakan {1}
smk m | SMK Negeri 1 Barabai (Teknik dan Bisnis Sepeda Motor) | 63.07 | s=bengkel TBSM dengan motor praktik, dipinjamkan saat libur sekolah {1} | t=guru produktif TBSM {1} | p=siswa TBSM yang mencari tempat prakerin {30}
smk m | SMK Negeri 1 Batang Alai Selatan (Agribisnis Tanaman Perkebunan) | 63.07 | t=guru agribisnis perkebunan pendamping kelompok tani {1} | s=lahan praktik {1}
lkp m | LKP Otomotif Barokah Barabai | 63.07 | p=kursus montir sepeda motor 2 bulan dan penempatan magang hanya bagi peserta kursus sendiri di bengkel jaringan {15} | h=penyaluran alumni ke dealer jaringan {5}
perguruan_tinggi m | Universitas Lambung Mangkurat (KKN Tematik HST) | 63.72 | t=mahasiswa KKN pendamping koperasi dan pemasaran digital di desa-desa HST {10} | p=pelatihan manajemen koperasi di desa lokasi KKN di HST {30}
perguruan_tinggi m | Sekolah Tinggi Ilmu Pertanian Murakata Barabai | 63.07 | t=dosen pendamping pascapanen dan mutu kayu manis {2} | p=pelatihan standar mutu ekspor kayu manis (kadar air, grading) bagi petani {25}
ormas m | TP PKK Kabupaten Hulu Sungai Tengah | 63.07 | p=kader PKK {40} | h=bazar UMKM di Lapangan Dwi Warna Barabai tiap Minggu pagi {20:produk}
ormas m | Dekranasda Kabupaten HST | 63.07 | h=galeri produk unggulan HST: anyaman, sasirangan dan olahan, kurasi pameran {30:produk}
ormas m | Asosiasi Petani Kayu Manis Pegunungan Meratus | 63.07 | h=pemasaran bersama kayu manis anggota ke pengumpul besar {5:ton/bulan} | p=pelatihan panen berkelanjutan (kulit tidak dikuliti habis) {30}
ormas m | Ikatan Montir Sepeda Motor HST | 63.07 | t=montir senior bisa menjadi instruktur tamu {3} | p=anggota bengkel menerima magang 1 bulan bila ada uang saku dari lembaga {8}
tokoh_masyarakat m | Pak Haji Arbain (petani kayu manis Hantakan senior) | 63.07 | t=mau berbagi cara mengupas dan menjemur kayu manis gulung {1}
tokoh_masyarakat m | Pak Utuh Saleh (montir motor senior Barabai) | 63.07 | t=mau mengajar servis injeksi di kursus dua kali seminggu {1}
koperasi m | Koperasi Simpan Pinjam Mufakat HST | 63.07 | d=pinjaman khusus anggota koperasi dengan angsuran bulanan {Rp 200.000.000}
bumdes m | BUMDes Hantakan Maju | 63.07 | s=gudang dan lantai jemur BUMDes bisa disewa petani kayu manis {1} | h=menampung kayu manis warga Hantakan untuk dijual ke pengumpul {2:ton/bulan}
bumdes m | BUMDes Pagat Batu Benawa | 63.07 | h=kios wisata Pagat menjual oleh-oleh dan olahan warga {25:produk}
dudi s | Pedagang Kayu Manis Haji Ijai | 63.07 tidak | h=membeli kayu manis petani {5:ton/bulan}
dudi s | Bengkel AHASS Murakata Motor | 63.07 tidak | p=menerima magang montir {3}
dudi s | Warung Suku Cadang Barabai | 63.07 x | s=bisa
ormas m | Kelompok Tani Hutan Meratus | 63.07 x | p=pelatihan
dudi s | Dealer Sepeda Motor Kandangan | 63.06 | p=magang mekanik di bengkel dealer Kandangan 3 bulan {3} | h=rekrut mekanik {2}
dudi s | Pengumpul Rempah Amuntai | 63.08 | h=membeli kayu manis dan kemiri dari petani Hulu Sungai {5:ton/bulan}
dinas g | Dinas Koperasi dan UKM Provinsi Kalimantan Selatan | 63.72 | d=dana bergulir bagi koperasi se-Kalimantan Selatan, maks Rp 100 jt per koperasi {Rp 2 M} | p=diklat perkoperasian di Banjarbaru {30}
dudi s | Bengkel Resmi Motor Banjarmasin | 63.71 | p=magang mekanik sepeda motor 3 bulan di Banjarmasin, tanpa mess {4}
dudi s | Bengkel Alat Berat dan Motor Balikpapan | 64.71 | p=magang mekanik sepeda motor dan alat berat 3 bulan dengan mess {6}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Jawa Tengah: Kabupaten Klaten (33.10)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_klaten",
        "KLT",
        "Uraian Kontribusi Lembaga",
        """
dinas g | Dinas Perindustrian dan Tenaga Kerja Kabupaten Klaten | 33.10 | p=pelatihan kerja di UPT BLK Klaten: las SMAW, menjahit, otomotif, tata boga {64} | h=bursa kerja dan antar kerja bagi industri Ceper dan Delanggu {150}
dinas g | Dinas Koperasi dan UKM Kabupaten Klaten | 33.10 | d=dana bergulir bagi UMKM dan KUB binaan, jasa 3 % per tahun, maks Rp 25 jt per kelompok {Rp 700.000.000} | p=pendampingan NIB, merek dan kemasan {40}
dinas g | Dinas Perdagangan Kabupaten Klaten | 33.10 | h=memfasilitasi temu dagang perajin lurik dan batik dengan butik Solo dan Jogja, tanpa membeli sendiri
dinas g | Dinas Kebudayaan, Pariwisata, Pemuda dan Olahraga Kabupaten Klaten | 33.10 | h=stan UMKM di Festival Lurik Pedan dan Klaten Lurik Carnival {30:produk} | t=narasumber sadar wisata {2}
dinas g | Dinas Sosial, P3A dan KB Kabupaten Klaten | 33.10 | d=bantuan KUBE bagi keluarga miskin yang terdaftar di DTKS {Rp 20.000.000} | p=pelatihan keterampilan bagi penyandang disabilitas {20}
dinas g | Dinas Pendidikan Kabupaten Klaten (Bidang PAUD dan Dikmas) | 33.10 | d=BOP Kesetaraan bagi PKBM terakreditasi, lewat proposal {Rp 15.000.000} | p=bimtek tutor kesetaraan {30}
dinas g | UPT Pengembangan IKM Logam Ceper | 33.10 | s=mesin bubut, tungku kupola dan peralatan cor di UPT, bisa dipakai IKM dan lembaga pelatihan dengan jadwal {1} | t=instruktur pengecoran logam dan pembuatan pola {2} | p=pelatihan cor logam dasar 80 JP di UPT {16}
dinas g | Balai Pengembangan Industri Tekstil Provinsi Jawa Tengah | 33.74 | s=hibah ATBM dan mesin palet bagi KUB tenun terpilih se-Jawa Tengah lewat proposal {10} | p=pelatihan desain tenun di Semarang {20}
blk g | UPT BLK Klaten | 33.10 | t=instruktur las bersertifikat BNSP bisa diperbantukan ke lembaga mitra {1} | s=bengkel las dengan 10 mesin las, bisa dipinjam hari Sabtu {1} | p=pelatihan las SMAW 240 JP {16}
donor m | BAZNAS Kabupaten Klaten | 33.10 | d=Klaten Makmur: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 400.000.000}
donor s | Bank Jateng Cabang Klaten | 33.10 | d=KUR mikro dan kredit Mitra Jateng 25 berbunga rendah sampai Rp 25 jt {Rp 3 M}
donor s | CSR PT Tirta Umbul Polanharjo (air minum kemasan) | 33.10 | d=bantuan modal usaha bagi warga desa ring 1 pabrik di Kecamatan Polanharjo dan Tulung {Rp 250.000.000} | s=hibah alat usaha bagi kelompok di desa ring 1 Polanharjo {5}
donor s | CSR PT Tekstil Delanggu Jaya | 33.10 | s=hibah ATBM bekas pakai yang sudah diperbaiki dan mesin palet bagi kelompok tenun di Kabupaten Klaten {6}
donor s | TJSL PT Jalan Tol Solo-Yogyakarta | 33.10 | d=hibah peralatan usaha bagi UMKM di desa yang dilalui tol di Kecamatan Ngawen dan Kebonarum {Rp 200.000.000}
donor m | LAZ Klaten Bersinar Peduli | 33.10 | d=qardhul hasan bagi pedagang Pasar Gede Klaten, maks Rp 2 jt per orang {Rp 50.000.000}
donor s | Program Hibah Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok penenun wastra tradisional seluruh Indonesia, seleksi proposal daring {Rp 30.000.000}
donor m | Yayasan Lurik Lestari Nusantara | 33.10 | s=hibah dua ATBM baru bagi kelompok tenun pemula {2} | t=pendamping desain motif lurik {1}
dudi s | Toko Alat Tenun dan Suku Cadang ATBM Pedan | 33.10 | s=jual dan servis ATBM, sisir tenun, gun dan palet, bisa cicilan 12 bulan {5:unit/bulan}
dudi s | Toko Benang Sumber Rejeki Pedan | 33.10 | h=menjual benang katun dan pewarna ke penenun {2:ton/bulan}
dudi s | Butik Lurik Prasojo Klaten | 33.10 | h=membeli kain lurik ATBM dari penenun rumahan {300:meter/bulan}
dudi s | Konveksi Seragam Lurik Ceper | 33.10 | h=memesan kain lurik untuk seragam kantor dan sekolah {1000:meter/bulan}
dudi s | Pengecoran Logam CV Batur Jaya Ceper | 33.10 | p=magang operator cor dan finishing 3 bulan bagi pemuda, uang saku Rp 50 rb per hari {6} | h=rekrut lulusan magang {4}
dudi s | PT Logam Presisi Ceper (komponen mesin) | 33.10 | p=magang hanya bagi lulusan SMK Teknik Pengecoran {4} | h=rekrut operator CNC {3}
dudi s | Bengkel Las dan Kanopi Karanganom | 33.10 | p=menerima magang las kanopi dan pagar 2 bulan {2}
dudi s | Bengkel Las Fabrikasi Mesin Pertanian Delanggu | 33.10 | p=magang las dan fabrikasi mesin perontok padi 3 bulan {3} | t=tukang las senior bisa menjadi instruktur tamu {1}
dudi s | Perajin Gerabah Melikan Bayat | 33.10 | p=magang perajin gerabah putaran miring {4}
dudi s | UD Besi Tua dan Bahan Cor Ceper | 33.10 | s=jual besi bekas, pasir cetak dan kokas bagi pengecor {10:ton/bulan}
dudi s | Toko Oleh-oleh Klaten Jl. Pemuda | 33.10 | h=titip jual makanan khas dan kerajinan Klaten (lurik, batik Bayat), bagi hasil 20 % {40:produk}
dudi s | Bengkel Cor Kuningan Tumang (Cepogo) | 33.09 | p=magang cor dan tatah tembaga kuningan 3 bulan di Cepogo {4}
pkbm m | PKBM Sekar Melati Pedan | 33.10 | t=tutor kesetaraan {2} | p=warga belajar yang mencari keterampilan {20}
pkbm m | PKBM Ngudi Ilmu Ceper | 33.10 | s=ruang kelas untuk pelatihan {1} | p=warga belajar paket B dan C yang mencari tempat magang {30}
smk m | SMK Negeri 2 Klaten (Teknik Pengecoran Logam dan Pengelasan) | 33.10 | t=guru produktif pengecoran dan las bisa mengajar sore hari di lembaga mitra {2} | s=bengkel las dan cor dipinjamkan saat libur sekolah {1}
smk m | SMK Negeri 1 Cawas (Kriya Kreatif Tekstil) | 33.10 | s=lima ATBM praktik bisa dipinjamkan ke kelompok tenun sekitar saat libur sekolah {5} | t=guru kriya tekstil {1}
lkp m | LKP Las Mandiri Klaten | 33.10 | p=kursus las SMAW 1 bulan berbayar Rp 2,5 jt, penempatan magang hanya bagi peserta kursus {12}
perguruan_tinggi m | Politeknik Manufaktur Ceper | 33.10 | t=dosen teknik pengecoran pendamping IKM {2} | s=laboratorium cor bisa dipakai untuk praktik mitra dengan biaya bahan {1} | p=pelatihan teknik pengecoran 2 minggu bagi pemuda {20}
perguruan_tinggi m | Universitas Sebelas Maret (KKN Klaten) | 33.72 | t=mahasiswa KKN pendamping pemasaran digital UMKM lurik {10} | p=pelatihan branding UMKM di desa KKN {30}
ormas m | TP PKK Kabupaten Klaten | 33.10 | p=kader PKK {40} | h=bazar UMKM di Alun-alun Klaten tiap Minggu pagi {20:produk}
ormas m | Dekranasda Kabupaten Klaten | 33.10 | h=galeri lurik, batik Bayat dan gerabah Melikan, kurasi pameran {30:produk} | p=pelatihan desain produk {20}
ormas m | Paguyuban Perajin Lurik Pedan | 33.10 | s=ATBM milik anggota yang tidak terpakai bisa dipinjam kelompok baru {4} | h=pemasaran bersama lewat showroom paguyuban {200:meter/bulan}
ormas m | Asosiasi Pengecor Logam Ceper | 33.10 | p=menyalurkan pemuda magang ke bengkel cor anggota {20} | t=pengecor senior bisa menjadi instruktur tamu bila ada honor {3}
tokoh_masyarakat m | Mbah Darmo (penenun lurik senior Pedan) | 33.10 | t=mau mengajari cara menyetel ATBM dan motif lurik {1}
tokoh_masyarakat m | Pak Sarjono (pengecor senior Batur, Ceper) | 33.10 | t=mau mengajar pembuatan cetakan pasir dan cor dua kali seminggu {1}
koperasi m | Koperasi Serba Usaha Lurik Makmur Pedan | 33.10 | d=simpan pinjam khusus anggota koperasi {Rp 120.000.000} | h=menampung kain lurik anggota {150:meter/bulan}
bumdes m | BUMDes Tirta Mandiri Ponggok | 33.10 | d=bantuan modal bagi UMKM warga Desa Ponggok {Rp 50.000.000} | h=kios wisata Umbul Ponggok {20:produk}
bumdes m | BUMDes Pedan Makmur | 33.10 | s=rumah produksi bersama dengan 4 ATBM, bisa dipakai kelompok tenun warga Pedan dengan sewa ringan {4}
dudi s | Juragan Lurik Cap Tiga Pedan | 33.10 tidak | s=meminjamkan ATBM dan memesan kain lurik {6}
dudi s | Pengecoran Logam Sinar Ceper | 33.10 tidak | p=magang cor logam {5}
dudi s | Toko Lurik Pasar Pedan | 33.10 x | h=bisa titip
ormas m | Karang Taruna Ceper | 33.10 x | p=pelatihan
dudi s | Pasar Klewer Solo (Kios Tekstil Lurik) | 33.72 | h=membeli kain lurik dan batik dari perajin Klaten dan Sukoharjo {500:meter/bulan}
dudi s | Butik Wastra Jogja Sleman | 34.04 | h=membeli lurik ATBM motif modern {100:meter/bulan}
dudi s | Bengkel Las Sukoharjo Teknik | 33.11 | p=magang las konstruksi 3 bulan {3}
dudi s | PT Cor Logam Semarang Industri | 33.74 | p=magang pengecoran 6 bulan dengan mess di Semarang {8}
dudi s | Distributor Tenun Nusantara Jakarta | 31.74 | h=membeli kain tenun dari berbagai daerah untuk butik Jakarta {200:meter/bulan}
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
