"""Write the twenty-fifth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja dan Transmigrasi Kabupaten
Tanah Laut"); what they offer here is invented and says nothing about the real offices. Region
codes, regency names and representative coordinates are real, copied from shared/data/wilayah
(github.com/cahyadsn/wilayah, MIT licence, Copyright (c) Cahya DSN, and
cahyadsn/wilayah_boundaries for the points).


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

Run from the directory's parent (standard library only)::

    python3 national25/make_national25.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20321025
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
    "33.08": ("Kabupaten Magelang", -7.50174, 110.24721),
    "33.71": ("Kota Magelang", -7.47655, 110.22011),
    "33.23": ("Kabupaten Temanggung", -7.2577, 110.1363),
    "33.74": ("Kota Semarang", -7.0239, 110.39152),
    "34.04": ("Kabupaten Sleman", -7.71646, 110.38321),
    "34.71": ("Kota Yogyakarta", -7.8033, 110.37436),
    "63.01": ("Kabupaten Tanah Laut", -3.81923, 114.90533),
    "63.72": ("Kota Banjarbaru", -3.47477, 114.79118),
    "63.71": ("Kota Banjarmasin", -3.32912, 114.5918),
    "63.10": ("Kabupaten Tanah Bumbu", -3.43971, 115.64714),
    "64.71": ("Kota Balikpapan", -1.15667, 116.87229),
    "92.03": ("Kabupaten Fak Fak", -3.11166, 132.8427),
    "92.08": ("Kabupaten Kaimana", -3.58533, 134.05625),
    "92.06": ("Kabupaten Teluk Bintuni", -2.15438, 133.45368),
    "92.02": ("Kabupaten Manokwari", -0.93572, 133.80041),
    "96.71": ("Kota Sorong", -0.86662, 131.31781),
    "81.71": ("Kota Ambon", -3.68536, 128.19498),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI and DIY as lists write them).
PROVINCES = {
    "31": "DKI Jakarta",
    "33": "Jawa Tengah",
    "34": "Daerah Istimewa Yogyakarta",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "81": "Maluku",
    "92": "Papua Barat",
    "96": "Papua Barat Daya",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "31": ["DKI JAKARTA", "DKI"],
    "33": ["JAWA TENGAH", "JATENG", "PROV. JAWA TENGAH", "PROVINSI JAWA TENGAH"],
    "34": ["DAERAH ISTIMEWA YOGYAKARTA", "DIY", "D.I. YOGYAKARTA", "YOGYAKARTA"],
    "63": [
        "KALIMANTAN SELATAN",
        "KALSEL",
        "PROV. KALSEL",
        "PROVINSI KALIMANTAN SELATAN",
    ],
    "64": ["KALIMANTAN TIMUR", "KALTIM"],
    "81": ["MALUKU", "PROV. MALUKU"],
    "92": [
        "PAPUA BARAT",
        "PABAR",
        "PROV. PAPUA BARAT",
        "PROVINSI PAPUA BARAT",
        "IRIAN JAYA BARAT",
    ],
    "96": ["PAPUA BARAT DAYA", "PBD"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "33.08": [
        "!",
        "KAB. MAGELANG",
        "MAGELANG",
        "KAB MAGELANG",
        "KAB. MAGELANG (MUNGKID)",
        "KOTA MUNGKID",
        "MUNGKID",
    ],
    "33.71": ["KOTA MAGELANG", "KODYA MAGELANG", "MAGELANG KOTA"],
    "33.23": ["TEMANGGUNG"],
    "33.74": ["SEMARANG", "KODYA SEMARANG"],
    "34.04": ["SLEMAN", "KAB. SLEMAN"],
    "34.71": ["YOGYAKARTA", "JOGJA", "KODYA YOGYAKARTA"],
    "63.01": [
        "!",
        "KAB. TANAH LAUT",
        "TANAH LAUT",
        "TALA",
        "KAB. TALA (PELAIHARI)",
        "PELAIHARI",
        "PLEIHARI",
    ],
    "63.72": ["BANJARBARU", "BANJAR BARU"],
    "63.71": ["BANJARMASIN", "BJM"],
    "63.10": ["TANAH BUMBU", "TANBU", "KAB. TANBU (BATULICIN)"],
    "64.71": ["BALIKPAPAN"],
    "92.03": [
        "!",
        "KAB. FAKFAK",
        "FAKFAK",
        "FAK-FAK",
        "FAK FAK",
        "KAB. FAK-FAK",
        "KAB. FAKFAK (PAPUA BARAT)",
    ],
    "92.08": ["KAIMANA"],
    "92.06": ["TELUK BINTUNI", "BINTUNI"],
    "92.02": ["MANOKWARI"],
    "96.71": ["SORONG", "KOTA SORONG"],
    "81.71": ["AMBON", "KOTA AMBON"],
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
# 1. Jawa Tengah: Kabupaten Magelang (33.08)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_magelang",
        "MGL",
        "Daftar Sumbangsih Calon Mitra",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Magelang | 33.08 | p=pelatihan berbasis kompetensi: menjahit, las listrik, barista dan tata rias di Mungkid {48} | h=bursa kerja daring dan penyaluran AKAD {120}
dinas g | Dinas Koperasi dan UKM Kabupaten Magelang | 33.08 | d=pinjaman dana bergulir bagi koperasi dan KUB binaan, jasa 4 % per tahun, maks Rp 20 jt {Rp 400.000.000} | p=pendampingan NIB, PIRT dan sertifikasi halal gratis {40}
dinas g | Dinas Perindustrian dan Perdagangan Kab. Magelang | 33.08 | s=hibah mesin vacuum frying dan spinner bagi IKM olahan buah yang lolos verifikasi, lewat proposal {3} | p=bimtek desain kemasan dan label gizi {25}
dinas g | Dinas Pariwisata, Kepemudaan dan Olahraga Kabupaten Magelang | 33.08 | t=narasumber sadar wisata dan pemandu lokal bersertifikat dari daftar dinas {3} | d=dana rintisan desa wisata lewat usulan musrenbang, tahun depan {Rp 25.000.000} | p=pelatihan tata kelola homestay dan CHSE {30}
dinas g | Dinas Pertanian dan Pangan Kabupaten Magelang | 33.08 | t=penyuluh hortikultura salak dan pascapanen lereng Merapi {2} | s=bantuan kultivator dan alat semprot untuk kelompok tani terdaftar Simluhtan {6}
dinas g | Dinas Sosial, PP dan PA Kabupaten Magelang | 33.08 | d=bantuan usaha KUBE bagi keluarga miskin yang masuk DTKS {Rp 20.000.000} | p=pelatihan keterampilan bagi perempuan kepala keluarga {20}
dinas g | Dinas Pendidikan dan Kebudayaan Kab. Magelang (Bidang PNF) | 33.08 | d=BOP Kesetaraan dan dana PKW bagi PKBM terakreditasi {Rp 15.000.000} | t=pamong budaya pendamping sanggar tari dan gamelan {2}
blk g | UPT BLK Kabupaten Magelang | 33.08 | t=instruktur bahasa Inggris dasar dan pelayanan hotel untuk lembaga mitra, dua kali seminggu {1} | s=ruang kelas dan dapur praktik boga dipinjamkan hari Sabtu {2} | p=pelatihan housekeeping dan food and beverage 160 JP {16}
donor m | BAZNAS Kabupaten Magelang | 33.08 | d=Magelang Makmur: zakat produktif berupa modal dan peralatan usaha bagi mustahik dan kelompok usaha mustahik {Rp 350.000.000}
donor m | LAZ Nurul Hayat Cabang Magelang | 33.08 | d=qardhul hasan bagi pedagang Pasar Muntilan, paling banyak Rp 2,5 jt per orang {Rp 60.000.000}
donor s | Bank Jateng Cabang Mungkid | 33.08 | d=KUR mikro dan kredit Mitra Jateng 25 bunga ringan sampai Rp 25 jt per usaha {Rp 2 M}
donor s | CSR PT Taman Wisata Candi Borobudur | 33.08 | d=hibah pengembangan homestay dan atraksi bagi desa wisata penyangga di Kecamatan Borobudur (Candirejo, Wanurejo, Karanganyar, Karangrejo) {Rp 300.000.000} | p=pelatihan pemandu lokal dan bahasa asing bagi pokdarwis penyangga {40}
donor s | CSR PT Tirta Merapi Lestari (air minum kemasan) | 33.08 | d=bantuan modal usaha bagi warga ring 1 sumber air di Desa Ketep dan Banyuroto, Kecamatan Sawangan {Rp 150.000.000} | s=hibah tandon dan pipa air bersih {10}
donor s | TJSL PT Kertas Blabak Nusantara | 33.08 | d=beasiswa dan bantuan sarana sekolah untuk desa sekitar pabrik di Mungkid {Rp 100.000.000}
donor s | Program Hibah Desa Wisata Berkelanjutan (seleksi nasional) | 31.74 | d=hibah pengembangan amenitas desa wisata rintisan dan berkembang seluruh Indonesia, proposal daring {Rp 50.000.000}
donor m | Yayasan Merapi Lestari Rakyat | 33.08 | t=pendamping usaha tani dan olahan salak bagi kelompok di lereng Merapi {2} | s=hibah sealer dan timbangan digital untuk kelompok pemula {5}
dudi s | Pusat Oleh-oleh Borobudur Jl. Balaputradewa | 33.08 | h=membeli putus keripik salak, dodol salak, wajik dan jenang dari produsen ber-PIRT {500:bungkus/bulan}
dudi s | Kios Cendera Mata Pasar Seni Borobudur | 33.08 | h=titip jual miniatur candi, kaos dan makanan ringan, bagi hasil 25 % {30:produk}
dudi s | Pengepul Salak Pondoh Srumbung | 33.08 | h=membeli salak segar dari petani dan menjual ke pasar Jakarta dan Semarang {8:ton/minggu}
dudi s | CV Salak Merapi Food | 33.08 | h=menjual bibit salak nglumut dan salak segar kualitas ekspor ke pengolah {2:ton/minggu} | p=magang produksi keripik buah hanya untuk calon karyawan {3}
dudi s | Toko Mesin Pengolahan Pangan Muntilan | 33.08 | s=jual mesin vacuum frying, spinner dan sealer, bisa cicilan 12 bulan dan demo alat
dudi s | Swalayan Laris Muntilan | 33.08 | h=konsinyasi produk UMKM lokal berlabel halal dan berbarcode {40:produk}
dudi s | Reseller Oleh-oleh Magelang Online | 33.08 | h=menjual keripik salak, kopi Menoreh dan gethuk di marketplace, ambil putus dari kelompok {300:bungkus/bulan}
dudi s | Hotel Manohara Heritage Borobudur | 33.08 | p=magang front office dan pemandu sunrise bagi pemuda desa penyangga {4} | h=rekrutmen pemandu dan staf hotel {3} | t=manajer hotel sebagai narasumber pelayanan tamu {1}
dudi s | Biro Perjalanan Jogja Borobudur Tour | 33.08 | h=memakai pemandu lokal dan homestay desa wisata untuk paket tamu asing {150:tamu/bulan} | t=tour leader senior berbahasa Inggris dan Prancis bisa melatih pemandu desa, dibayar per sesi {2}
dudi s | Jeep Wisata Lava Tour Merapi Srumbung | 33.08 | h=paket jeep dengan mampir sentra oleh-oleh salak {200:tamu/bulan}
dudi s | Sanggar Gerabah Klipoh Karanggedong | 33.08 | t=perajin gerabah senior melatih membuat gerabah untuk wisatawan {2} | h=membeli gerabah setengah jadi dari perajin {100:buah/bulan}
pkbm m | PKBM Bina Karya Salaman | 33.08 | t=tutor kesetaraan dan tutor menjahit {2} | s=ruang belajar sore hari {1}
pkbm m | PKBM Ngudi Ilmu Borobudur | 33.08 | p=warga belajar paket C yang mencari pelatihan bahasa Inggris dan pemanduan {20}
smk m | SMK Negeri 1 Borobudur (Usaha Layanan Pariwisata) | 33.08 | t=guru bahasa Inggris dan guru pemanduan wisata bisa mengajar di desa wisata sore hari {2} | s=laboratorium bahasa dipinjamkan hari Sabtu {1}
smk m | SMK Negeri 1 Sawangan (Agribisnis Pengolahan Hasil Pertanian) | 33.08 | s=ruang produksi olahan buah dan mesin vacuum frying kecil bisa dipakai kelompok dengan jadwal dan bahan sendiri {1} | t=guru produktif pengolahan buah {1}
lkp m | LKP Bahasa Inggris Smart Borobudur | 33.08 | p=kursus bahasa Inggris percakapan berbayar Rp 600.000 per peserta {15} | h=alumni disalurkan ke hotel jaringan kursus {4}
lkp m | LKP Tata Boga Sekar Sari Mungkid | 33.08 | p=kursus kue dan olahan buah berbayar {20} | h=membeli dodol salak peserta untuk pesanan hantaran {30:bungkus/bulan}
perguruan_tinggi m | Universitas Tidar (Prodi Teknologi Pangan dan Bahasa Inggris) | 33.71 | t=dosen bahasa Inggris pendamping pemandu desa wisata dan dosen teknologi pangan pendamping olahan salak {3} | p=pelatihan pemasaran digital UMKM di lokasi KKN Kabupaten Magelang {30}
perguruan_tinggi m | Universitas Muhammadiyah Magelang (LPPM) | 33.71 | p=pengabdian pelatihan manajemen homestay dan keuangan BUMDes {25}
ormas m | TP PKK Kabupaten Magelang | 33.08 | p=kader PKK penggerak {40} | h=bazar UMKM di Alun-alun Kota Mungkid tiap Minggu {20:produk}
ormas m | Dekranasda Kabupaten Magelang | 33.08 | h=galeri produk unggulan di Borobudur dan kurasi untuk pameran Jakarta {30:produk}
ormas m | DPC Himpunan Pramuwisata Indonesia (HPI) Kabupaten Magelang | 33.08 | t=pramuwisata berlisensi siap menjadi pelatih pemandu lokal berbahasa Inggris, Jepang dan Mandarin dengan honor pelatih {4} | p=uji kompetensi pemandu wisata {20}
ormas m | Forum Komunikasi Desa Wisata Kabupaten Magelang | 33.08 | p=studi banding dan pelatihan antar desa wisata {30} | h=promosi bersama paket desa wisata {10:paket}
tokoh_masyarakat m | Pak Jack Priyana (pemandu senior Candirejo) | 33.08 | t=mau melatih anak muda memandu wisata sepeda dan andong keliling desa dalam bahasa Inggris {1}
tokoh_masyarakat m | Bu Endang Susilowati (pembuat dodol salak senior) | 33.08 | t=mau berbagi cara membuat dodol salak yang awet {1}
koperasi m | Koperasi Wanita Mekar Sari Srumbung | 33.08 | d=simpan pinjam bagi anggota dengan angsuran mingguan {Rp 120.000.000} | h=toko koperasi menjual olahan anggota {25:produk}
bumdes m | BUMDes Tirta Mulya Desa Wanurejo | 33.08 | h=kios oleh-oleh di jalur sepeda Borobudur menjual olahan warga {30:produk} | s=balkondes dan pendopo bisa dipakai pelatihan {1}
bumdes m | BUMDes Ngudi Rejeki Desa Kaliurang Srumbung | 33.08 | s=rumah produksi bersama dengan spinner dan sealer bisa dipakai kelompok warga desa {1} | h=membeli keripik salak warga untuk kios desa {100:bungkus/bulan}
dudi s | Toko Oleh-oleh Salak Merapi Bu Tatik | 33.08 tidak | h=membeli keripik dan dodol salak dari kelompok rumahan {400:bungkus/bulan}
ormas m | Paguyuban Pemandu Lokal Borobudur | 33.08 tidak | t=pemandu senior melatih pemandu baru berbahasa Inggris {3}
dudi s | Warung Oleh-oleh Mendut | 33.08 x | h=bisa titip
ormas m | Pokdarwis Desa Ngargogondo | 33.08 x | p=pelatihan
dudi s | Pusat Oleh-oleh Gethuk Kota Magelang | 33.71 | h=membeli putus gethuk, keripik dan dodol khas Magelang dari produsen ber-PIRT {300:bungkus/bulan}
dudi s | Sentra Oleh-oleh Malioboro Yogyakarta | 34.71 | h=titip jual bakpia dan makanan khas Jogja, bagi hasil 30 % {40:produk}
perguruan_tinggi m | Sekolah Tinggi Pariwisata Ambarrukmo Sleman | 34.04 | t=dosen kepemanduan dan bahasa Inggris pariwisata sebagai pelatih tamu di desa wisata {2} | p=pelatihan homestay dan CHSE untuk desa wisata {30}
dudi s | Agrowisata Salak Temanggung | 33.23 | h=membeli salak dan olahan dari petani Temanggung {1:ton/minggu}
dinas g | Dinas Kepemudaan, Olahraga dan Pariwisata Provinsi Jawa Tengah | 33.74 | d=bantuan keuangan desa wisata se-Jawa Tengah lewat seleksi proposal {Rp 75.000.000} | p=pelatihan pemandu wisata provinsi {40}
dudi s | Toko Daring Camilan Buah Nusantara Jakarta | 31.74 | h=membeli keripik salak dari Magelang dan Sleman tiap bulan, dikirim ekspedisi {400:bungkus/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Kalimantan Selatan: Kabupaten Tanah Laut (63.01)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_tanah_laut",
        "TNL",
        "Uraian Dukungan yang Ditawarkan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Tanah Laut | 63.01 | p=pelatihan berbasis kompetensi di Pelaihari: menjahit, las, operator forklift dan tata rias {48} | h=bursa kerja dan rekomendasi pencari kerja ke perusahaan tambang dan sawit {150}
dinas g | Dinas Peternakan dan Kesehatan Hewan Kabupaten Tanah Laut | 63.01 | t=mantri hewan dan petugas inseminasi buatan untuk kelompok ternak di Bajuin, Jorong dan Bati-Bati {4} | s=bantuan mesin chopper rumput bagi kelompok ternak terdaftar SIMLUHTAN, lewat usulan {3} | d=bantuan bibit sapi bali APBD bagi kelompok yang lolos CPCL tahun depan {Rp 80.000.000}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kab. Tanah Laut | 63.01 | d=dana bergulir bagi koperasi dan KUB binaan, jasa 3 % per tahun, maks Rp 25 jt {Rp 500.000.000} | p=pendampingan NIB dan PIRT {30}
dinas g | Dinas Sosial Kabupaten Tanah Laut | 63.01 | d=bantuan usaha KUBE bagi keluarga miskin DTKS {Rp 20.000.000}
dinas g | Dinas Pertanian Kab. Tanah Laut (Bidang Tanaman Pangan dan Hortikultura) | 63.01 | t=penyuluh pertanian jagung dan buah naga {3} | s=alsintan traktor dan pompa air untuk poktan terdaftar {5}
dinas g | Dinas Pendidikan Kabupaten Tanah Laut (Bidang SMK dan PNF) | 63.01 | d=BOP Kesetaraan bagi PKBM terakreditasi {Rp 15.000.000} | p=bimtek guru produktif {20}
blk g | UPTD BLK Kabupaten Tanah Laut | 63.01 | t=instruktur operator alat berat excavator bersertifikat, bisa diperbantukan ke lembaga mitra {1} | s=simulator alat berat dan lapangan praktik dipinjam dengan jadwal {1} | p=pelatihan operator excavator 200 JP gratis bagi pencari kerja ber-KTP Tanah Laut {16}
blk g | UPTD Balai Latihan Kerja Provinsi Kalimantan Selatan | 63.72 | p=pelatihan operator alat berat, mekanik dan las untuk warga Kalsel {32} | t=instruktur mekanik alat berat {2}
donor m | BAZNAS Kabupaten Tanah Laut | 63.01 | d=Tala Makmur: zakat produktif berupa ternak, modal dan peralatan usaha bagi mustahik dan kelompok usaha mustahik {Rp 300.000.000}
donor m | LAZ Al Ihsan Pelaihari | 63.01 | d=qardhul hasan bagi pedagang Pasar Pelaihari, maksimal Rp 3 jt per orang {Rp 50.000.000}
donor s | Bank Kalsel Cabang Pelaihari | 63.01 | d=KUR peternakan dan pertanian sampai Rp 100 jt dengan agunan usaha {Rp 5 M}
donor s | CSR PT Jorong Batubara Sejahtera | 63.01 | d=program pemberdayaan ekonomi dan bantuan sapi bagi desa ring 1 tambang di Kecamatan Jorong (Asam Jaya, Swarangan, Asri Mulya) {Rp 400.000.000} | p=magang operator alat berat untuk pemuda desa ring 1 {10} | h=rekrutmen operator dari desa ring 1 {10}
donor s | TJSL PLTU Asam-Asam | 63.01 | d=bantuan kandang dan bibit ternak untuk kelompok di Desa Asam-Asam dan Sabuhur {Rp 150.000.000}
donor s | CSR PT Sawit Laut Lestari (kebun Panyipatan) | 63.01 | d=program integrasi sapi-sawit bagi petani plasma kebun sendiri {Rp 200.000.000} | s=pelepah dan bungkil sawit sebagai pakan gratis bagi plasma {10}
donor s | Program Hibah Ternak Rakyat Nusantara (seleksi nasional) | 31.74 | d=hibah bibit ternak dan kandang bagi kelompok peternak seluruh Indonesia, proposal daring {Rp 50.000.000}
donor m | Yayasan Borneo Tani Mandiri | 63.01 | t=pendamping teknis peternakan sapi dan pakan fermentasi, datang dua kali sebulan {1} | d=dana bergulir ternak bagi kelompok dampingan yayasan di Kurau {Rp 60.000.000}
dudi s | PT Bara Tala Kontraktor (kontraktor tambang Kintap) | 63.01 | p=OJT operator excavator dan dump truck 3 bulan untuk lulusan lembaga pelatihan bersertifikat {8} | h=rekrutmen operator alat berat bersertifikat SIO {12}
dudi s | CV Tala Rental Alat Berat | 63.01 | s=sewa excavator dan bulldozer per jam untuk praktik {2} | h=kadang merekrut operator berpengalaman {2}
dudi s | PT Sawit Laut Lestari (Kebun Panyipatan) | 63.01 | p=magang mekanik dan operator traktor kebun 2 bulan {6} | h=rekrutmen operator alat kebun dan pemanen {20}
dudi s | Bengkel Alat Berat Jaya Teknik Pelaihari | 63.01 | p=magang mekanik alat berat, bukan operator {3} | t=mekanik senior {1}
dudi s | PT Agro Tebu Pelaihari | 63.01 | h=rekrutmen musiman operator traktor dan truk angkut tebu {15} | p=pelatihan operator traktor untuk calon pekerja musiman {10}
dudi s | Toko Pakan Ternak Sumber Rejeki Pelaihari | 63.01 | s=jual konsentrat, dedak dan mesin chopper, bisa kredit untuk kelompok {5}
dudi s | Rumah Potong dan Pedagang Sapi H. Anang | 63.01 | h=membeli sapi bali siap potong dari peternak Tanah Laut {30:ekor/bulan}
dudi s | UD Bibit Sapi Bali Bumi Makmur | 63.01 | h=menjual sapi bakalan dan induk bali kepada kelompok ternak, bisa cicil {20:ekor/bulan}
dudi s | Peternakan Sapi Perah dan Kompos Tala Farm | 63.01 | t=peternak senior memberi bimbingan beternak sapi dan membuat pakan fermentasi, berbayar {1} | h=membeli kompos dan rumput odot {2:ton/bulan}
dudi s | Warung Makan Pantai Takisung | 63.01 | h=membeli ikan dan udang dari nelayan Takisung {50:kg/minggu}
dudi s | Resort Pantai Batakan | 63.01 | p=PKL siswa perhotelan {3}
dudi s | PT Pelaihari Logistik Mandiri | 63.01 | h=rekrutmen sopir truk SIM B1 {8} | p=pelatihan sopir truk angkutan batubara {6}
pkbm m | PKBM Al Hikmah Pelaihari | 63.01 | t=tutor kesetaraan {3} | s=ruang belajar malam hari {2}
pkbm m | PKBM Bina Mandiri Bati-Bati | 63.01 | p=warga belajar paket C yang mencari pelatihan kerja {20}
smk m | SMK Negeri 1 Pelaihari (Teknik Alat Berat) | 63.01 | t=guru produktif alat berat bisa mengajar teori perawatan di lembaga mitra sore hari {1} | s=bengkel alat berat sekolah dipinjamkan saat libur {1}
smk m | SMK Negeri 1 Bati-Bati (Agribisnis Ternak Ruminansia) | 63.01 | t=guru produktif ternak ruminansia dan inseminasi bisa mendampingi kelompok {1} | s=kandang praktik sekolah {1}
lkp m | LPK Operator Alat Berat Borneo Jaya Pelaihari | 63.01 | p=kursus operator excavator berbayar Rp 8 jt dan OJT hanya untuk peserta sendiri {10} | h=penempatan alumni sendiri ke kontraktor jaringan {6}
lkp m | LKP Menjahit Citra Pelaihari | 63.01 | p=kursus menjahit {12} | t=instruktur menjahit {1}
perguruan_tinggi m | Politeknik Negeri Tanah Laut (Politala) | 63.01 | t=dosen teknik alat berat dan dosen teknologi pakan ternak sebagai pendamping atau pengajar tamu {3} | s=laboratorium mesin dan lab pakan dipinjamkan untuk pelatihan mitra {1} | p=pelatihan inseminasi buatan dan pakan fermentasi bagi peternak di lokasi pengabdian {25}
perguruan_tinggi m | Universitas Lambung Mangkurat (Fakultas Pertanian, Prodi Peternakan) | 63.72 | t=dosen peternakan pendamping kelompok ternak sapi binaan {2} | p=KKN tematik peternakan {20}
ormas m | TP PKK Kabupaten Tanah Laut | 63.01 | p=kader PKK penggerak {40} | h=bazar UMKM di Pelaihari {20:produk}
ormas m | Asosiasi Peternak Sapi Tanah Laut | 63.01 | t=peternak senior dan inseminator swadaya siap mendampingi kelompok baru {3} | h=pemasaran bersama sapi kurban {100:ekor/tahun}
ormas m | Ikatan Operator Alat Berat Kalsel DPC Tala | 63.01 | t=operator senior bersertifikat siap menjadi instruktur tamu dengan honor {2} | h=info lowongan operator dari anggota {10}
tokoh_masyarakat m | H. Masrani (mantan mandor tambang Kintap) | 63.01 | t=mau melatih calon operator di lapangan bila ada alat {1} | h=merekomendasikan pemuda ke kontraktor kenalan {3}
tokoh_masyarakat m | Pak Sugiyo (inseminator swadaya Bumi Makmur) | 63.01 | t=mau melayani IB dan mendampingi kesehatan sapi kelompok, dibayar per ekor {1}
koperasi m | Koperasi Peternak Sapi Karya Bersama Bajuin | 63.01 | d=pinjaman ternak khusus anggota koperasi {Rp 150.000.000} | s=mesin chopper koperasi untuk anggota {1}
bumdes m | BUMDes Tambang Ulang Maju | 63.01 | s=gudang pakan dan chopper milik desa disewakan ke warga {1} | h=membeli jagung warga {5:ton/bulan}
bumdes m | BUMDes Sumber Makmur Desa Tajau Pecah | 63.01 | d=penyertaan modal BUMDes untuk usaha ternak warga desa sendiri {Rp 50.000.000}
dudi s | PT Sinar Kintap Mining Services | 63.01 tidak | p=OJT operator excavator bagi lulusan LPK {10} | h=rekrutmen operator {15}
dinas g | UPTD Pembibitan Ternak Pelaihari | 63.01 tidak | t=inseminator dan dokter hewan {2} | d=hibah bibit sapi {Rp 100.000.000}
dudi s | Toko Sparepart Pelaihari | 63.01 x | h=bisa
ormas m | Kelompok Ternak Usaha Bersama Kurau | 63.01 x | t=ada
dinas g | Balai Veteriner Banjarbaru | 63.72 | t=dokter hewan dan paramedik untuk pemeriksaan kesehatan ternak di Kalsel {2} | p=pelatihan kader kesehatan hewan {20}
dudi s | PT Bumi Alat Berat Indonesia (dealer) | 63.71 | p=pelatihan operator hanya untuk pembeli unit {6} | t=instruktur pabrikan {1}
dudi s | PT Tambang Bumbu Kontraktor | 63.10 | p=OJT operator alat berat 3 bulan bagi lulusan LPK Kalsel {10} | h=rekrutmen operator bersertifikat {15}
dudi s | Rumah Potong Hewan Banjarmasin | 63.71 | h=membeli sapi potong dari peternak Kalsel {60:ekor/bulan}
dudi s | Kontraktor Tambang Balikpapan | 64.71 | p=OJT operator alat berat {12} | h=rekrutmen operator {20}
dudi s | Portal Lowongan Tambang Jakarta | 31.74 | h=menyalurkan operator alat berat ke tambang di seluruh Indonesia, terutama Kalimantan {30}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Papua Barat: Kabupaten Fakfak (92.03)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_fakfak",
        "FFK",
        "Bentuk Bantuan Siap Diberikan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Fakfak | 92.03 | p=pelatihan berbasis kompetensi bagi pencari kerja OAP: menjahit, las, tata boga {40} | h=bursa kerja dan rekomendasi ke perusahaan {60}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Fakfak | 92.03 | s=hibah ketel suling minyak atsiri dan alat pengering pala bagi IKM dan kelompok yang lolos verifikasi, lewat proposal {2} | p=bimtek mutu minyak pala dan kemasan {20}
dinas g | Dinas Koperasi dan UMKM Kab. Fakfak | 92.03 | d=dana bergulir UMKM orang asli Papua dari dana Otsus, maks Rp 25 jt per kelompok {Rp 600.000.000} | p=pendampingan NIB dan PIRT {30}
dinas g | Dinas Perikanan Kabupaten Fakfak | 92.03 | s=bantuan freezer, cool box dan rumah asap ikan bagi kelompok pengolah terdaftar KUSUKA {5} | p=pelatihan pengolahan ikan asap higienis dan penanganan ikan segar {25} | t=penyuluh perikanan {2}
dinas g | Dinas Pertanian dan Perkebunan Kabupaten Fakfak | 92.03 | t=penyuluh perkebunan pala tomandin dan pascapanen {3} | s=bantuan para-para jemur dan alat pengering biji pala bagi poktan terdaftar {10}
dinas g | Dinas Sosial Kabupaten Fakfak | 92.03 | d=bantuan usaha KUBE bagi keluarga miskin DTKS {Rp 20.000.000}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kab. Fakfak | 92.03 | d=bantuan modal usaha Mama-Mama Papua pedagang pasar, lewat proposal kelompok {Rp 10.000.000} | p=pelatihan kewirausahaan perempuan {30}
dinas g | Dinas Pendidikan Kabupaten Fakfak (Bidang PNF) | 92.03 | d=BOP Kesetaraan bagi PKBM terakreditasi {Rp 15.000.000}
blk g | UPTD BLK Kabupaten Fakfak | 92.03 | t=instruktur tata boga dan pengolahan pangan {1} | s=dapur praktik dan ruang kelas bisa dipinjam {1} | p=pelatihan tata boga 160 JP {16}
donor m | BAZNAS Kabupaten Fakfak | 92.03 | d=Fakfak Sejahtera: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 200.000.000}
donor m | LAZ Ukhuwah Fakfak | 92.03 | d=qardhul hasan bagi pedagang Pasar Thumburuni, paling banyak Rp 2 jt per orang {Rp 40.000.000}
donor s | Bank Papua Cabang Fakfak | 92.03 | d=KUR mikro dan kredit usaha Mama Papua sampai Rp 25 jt {Rp 2 M}
donor s | CSR Tangguh LNG (program masyarakat adat Teluk Bintuni) | 92.06 | d=dana pengembangan usaha bagi kampung-kampung di sekitar kilang Tangguh, Teluk Bintuni {Rp 500.000.000} | p=pelatihan pengolahan hasil laut bagi warga kampung sekitar kilang {40}
donor s | CSR PT Semen Fakfak Raya | 92.03 | d=bantuan modal usaha bagi kampung ring 1 pabrik di Distrik Kokas (Kampung Sekar, Mandoni) {Rp 150.000.000} | s=hibah genset dan freezer untuk kampung ring 1 {4}
donor s | TJSL PT Pelabuhan Fakfak | 92.03 | d=bantuan peralatan usaha bagi nelayan dan pedagang di sekitar Pelabuhan Fakfak dan Kampung Tanjung Wagom {Rp 100.000.000}
donor s | Program Hibah Pangan Lokal Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok pengolah pangan lokal seluruh Indonesia, proposal daring {Rp 25.000.000}
donor m | Yayasan Pala Tomandin Lestari | 92.03 | t=pendamping mutu pala dan penyulingan minyak bagi petani pala {1} | s=pinjam pakai satu ketel suling kecil kepada kelompok dampingan selama setahun {1} | h=menghubungkan kelompok dengan pembeli minyak pala {1:kelompok}
dudi s | CV Pala Mbaham Jaya (pengepul dan eksportir biji pala) | 92.03 | h=membeli biji pala dan fuli kering dari petani {10:ton/bulan}
dudi s | UD Atsiri Fakfak | 92.03 | h=membeli minyak pala dari penyuling rakyat dengan uji kadar {200:liter/bulan} | s=menyewakan ketel suling per hari {1}
dudi s | Toko Oleh-oleh Pala Fakfak Jl. Izak Telussa | 92.03 | h=membeli putus manisan pala, sirup pala dan minyak pala kemasan kecil dari produsen lokal {100:botol/bulan}
dudi s | Toko Besi dan Teknik Sumber Logam Fakfak | 92.03 | s=jual dan buat ketel suling stainless pesanan, bisa DP 50 % {2}
dudi s | Swalayan Fakfak Indah | 92.03 | h=konsinyasi produk lokal berlabel {30:produk}
dudi s | Rumah Makan Ikan Bakar Pantai Kampung Sekru | 92.03 | h=membeli ikan segar dan ikan asar dari nelayan dan mama-mama {80:kg/minggu}
dudi s | Hotel Grand Fakfak | 92.03 | h=membeli ikan asar dan pala olahan untuk sarapan dan suvenir tamu {30:kg/bulan} | p=PKL siswa perhotelan {2}
dudi s | Pengepul Ikan Pelabuhan Fakfak | 92.03 | h=membeli ikan segar dari nelayan untuk dikirim ke Sorong {2:ton/minggu}
dudi s | Toko Plastik dan Kemasan Pasar Thumburuni | 92.03 | s=jual plastik vakum, botol dan sealer {10}
dudi s | Kapal Rakyat dan Ekspedisi Fakfak-Sorong | 92.03 | h=jasa kirim barang ke Sorong dan Ambon, tidak membeli {1:kapal/minggu}
pkbm m | PKBM Tunas Harapan Fakfak | 92.03 | t=tutor kesetaraan dan tutor tata boga {2} | s=ruang belajar dan dapur kecil {1}
pkbm m | PKBM Kampung Werba | 92.03 | p=warga belajar yang mencari pelatihan keterampilan {15}
smk m | SMK Negeri 1 Fakfak (Agribisnis Pengolahan Hasil Perikanan) | 92.03 | s=ruang pengolahan ikan dan rumah asap sekolah bisa dipakai kelompok dengan jadwal {1} | t=guru produktif pengolahan ikan {1} | p=pelatihan olahan ikan bagi kelompok masyarakat {15}
smk m | SMK Negeri 2 Fakfak (Teknik Kimia Industri) | 92.03 | s=laboratorium kimia dan satu unit alat suling skala praktik bisa dipakai kelompok untuk uji kadar, bukan produksi {1} | t=guru kimia pengujian minyak atsiri {1}
lkp m | LKP Tata Boga Kasih Fakfak | 92.03 | p=kursus olahan ikan dan kue berbayar {12} | h=membeli abon ikan peserta untuk katering {20:kg/bulan}
perguruan_tinggi m | Politeknik Negeri Fakfak | 92.03 | t=dosen teknologi hasil perkebunan pendamping penyulingan pala {2} | s=laboratorium penyulingan kampus dipinjamkan untuk pelatihan dan produksi uji kelompok mitra {1} | p=pelatihan penyulingan minyak pala dan pengolahan ikan asap di kampung binaan {25}
perguruan_tinggi m | STIE Said Perintah Fakfak (pengabdian) | 92.03 | p=pelatihan pembukuan usaha kecil {20}
ormas m | TP PKK Kabupaten Fakfak | 92.03 | p=kader PKK {30} | h=bazar produk mama-mama di Lapangan Hamberang tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Fakfak | 92.03 | h=galeri produk unggulan pala Fakfak dan kurasi untuk pameran Manokwari dan Jakarta {30:produk}
ormas m | Dewan Adat Mbaham Matta | 92.03 | p=menggerakkan warga kampung untuk ikut pelatihan {50} | s=rumah adat kampung untuk pertemuan {1}
ormas m | Persekutuan Perempuan Gereja Klasis Fakfak | 92.03 | p=mengumpulkan mama-mama untuk pelatihan {40} | d=kas diakonia untuk anggota jemaat yang sakit dan berduka {Rp 10.000.000}
ormas m | HNSI DPC Fakfak | 92.03 | p=mengumpulkan nelayan peserta pelatihan {50} | t=nelayan senior {2}
tokoh_masyarakat m | Bapak Yusuf Hindom (petani dan penyuling pala senior) | 92.03 | t=mau mengajari cara menyuling minyak pala supaya kadar tinggi {1}
tokoh_masyarakat m | Mama Agustina Patiran (pembuat ikan asar senior) | 92.03 | t=mau mengajari pengasapan ikan supaya awet dan bersih {1}
koperasi m | Koperasi Produsen Pala Tomandin Kramongmongga | 92.03 | d=pinjaman musim panen khusus anggota {Rp 100.000.000} | s=ketel suling koperasi untuk anggota saja {1} | h=membeli minyak pala dan biji pala anggota {100:liter/bulan}
koperasi m | Koperasi Nelayan Tanjung Wagom | 92.03 | s=cold storage kecil dengan sewa harian {1} | d=simpan pinjam anggota {Rp 50.000.000}
bumdes m | BUMKam Kampung Wartutin | 92.03 | s=gedung produksi kampung bisa dipakai kelompok warga kampung {1} | h=kios kampung {10:produk}
dudi s | CV Minyak Pala Onin | 92.03 tidak | h=membeli minyak pala dari penyuling rakyat {300:liter/bulan} | s=pinjam pakai ketel suling {1}
donor m | Yayasan Mama Papua Mandiri | 92.03 tidak | d=modal usaha mama-mama pedagang ikan {Rp 50.000.000} | p=pelatihan pengolahan ikan {20}
dudi s | Kios Pasar Tambaruni | 92.03 x | h=bisa titip
ormas m | Kelompok Tani Pala Kampung Brongkendik | 92.03 x | s=ada
dudi s | Pengepul Pala Kaimana | 92.08 | h=membeli biji pala dan minyak pala dari Kaimana dan Fakfak {2:ton/bulan}
dinas g | Dinas Perindustrian, Perdagangan, Koperasi dan UKM Provinsi Papua Barat | 92.02 | s=hibah alat produksi bagi IKM se-Papua Barat lewat seleksi proposal {5} | d=bantuan modal UMKM OAP se-Papua Barat {Rp 50.000.000}
perguruan_tinggi m | Universitas Papua (Fakultas Teknologi Pertanian, Manokwari) | 92.02 | t=dosen pendamping penyulingan dan mutu minyak atsiri {1} | p=pelatihan pengolahan pala {20}
dudi s | PT Atsiri Timur Sorong | 96.71 | h=membeli minyak pala dari Papua Barat kadar minimal 80 % {500:liter/bulan}
dudi s | Pusat Oleh-oleh Ambon | 81.71 | h=titip jual olahan pala Maluku {40:produk}
dudi s | PT Eksportir Minyak Atsiri Nusantara Jakarta | 31.74 | h=membeli minyak pala dari Fakfak lewat pengiriman kargo, kontrak tahunan {1000:liter/bulan}
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
