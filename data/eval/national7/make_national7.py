"""Write the seventh held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kota Tarakan"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national5/make_national5.py (copied, new seed,
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

Run from the repository root (standard library only)::

    python3 data/eval/national7/make_national7.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20_27_1217
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
    "76.02": ("Kabupaten Mamuju", -2.5197, 119.34458),
    "76.06": ("Kabupaten Mamuju Tengah", -2.00265, 119.51109),
    "76.05": ("Kabupaten Majene", -3.17316, 118.91847),
    "76.04": ("Kabupaten Polewali Mandar", -3.31015, 119.14733),
    "76.01": ("Kabupaten Pasangkayu", -1.48966, 119.50763),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "65.71": ("Kota Tarakan", 3.35941, 117.59951),
    "65.01": ("Kabupaten Bulungan", 2.79748, 117.03198),
    "65.03": ("Kabupaten Nunukan", 4.00918, 116.64286),
    "64.03": ("Kabupaten Berau", 1.9125, 117.34017),
    "64.72": ("Kota Samarinda", -0.50028, 117.17706),
    "96.71": ("Kota Sorong", -0.86662, 131.31781),
    "96.01": ("Kabupaten Sorong", -1.12434, 131.55764),
    "96.03": ("Kabupaten Raja Ampat", -0.89724, 130.56945),
    "96.02": ("Kabupaten Sorong Selatan", -1.7319, 132.19614),
    "92.02": ("Kabupaten Manokwari", -0.93572, 133.80041),
    "93.01": ("Kabupaten Merauke", -7.82921, 139.69247),
    "93.02": ("Kabupaten Boven Digoel", -6.01523, 140.39116),
    "93.03": ("Kabupaten Mappi", -6.50243, 139.37839),
    "93.04": ("Kabupaten Asmat", -5.37261, 138.65748),
    "91.71": ("Kota Jayapura", -2.66453, 140.80014),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "31": "DKI Jakarta",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "73": "Sulawesi Selatan",
    "76": "Sulawesi Barat",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "96": "Papua Barat Daya",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use
# (including the province a new province was split from, as older lists still write it).
KAPITAL_PROVINCES = {
    "31": ["DKI JAKARTA", "DKI"],
    "64": ["KALIMANTAN TIMUR", "KALTIM"],
    "65": ["KALIMANTAN UTARA", "KALTARA", "PROV. KALTARA", "PROVINSI KALIMANTAN UTARA"],
    "73": ["SULAWESI SELATAN", "SULSEL"],
    "76": ["SULAWESI BARAT", "SULBAR", "PROV. SULBAR", "PROVINSI SULAWESI BARAT"],
    "91": ["PAPUA", "PROV. PAPUA"],
    "92": ["PAPUA BARAT", "PROV. PAPUA BARAT"],
    "93": ["PAPUA SELATAN", "PROV. PAPUA SELATAN", "PAPUA"],
    "96": ["PAPUA BARAT DAYA", "PBD", "PROV. PAPUA BARAT DAYA", "PAPUA BARAT"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "76.02": ["!", "KAB. MAMUJU", "MAMUJU", "MAMUJU (KAB.)", "KAB. MAMUJU (SULBAR)"],
    "76.06": ["MATENG", "MAMUJU TENGAH", "KAB. MAMUJU TENGAH (TOBADAK)"],
    "76.05": ["MAJENE"],
    "76.04": ["POLMAN", "POLEWALI MANDAR", "KAB. POLEWALI MAMASA"],
    "76.01": ["MAMUJU UTARA", "KAB. MAMUJU UTARA (PASANGKAYU)"],
    "73.71": ["MAKASSAR"],
    "65.71": ["!", "KOTA TARAKAN", "TARAKAN", "KOTA TARAKAN (KALTARA)", "KOTA TARAKAN (KALTIM)"],
    "65.01": ["BULUNGAN", "TANJUNG SELOR", "KAB. BULUNGAN (TANJUNG SELOR)"],
    "65.03": ["NUNUKAN"],
    "64.03": ["BERAU", "KAB. BERAU (TANJUNG REDEB)"],
    "64.72": ["SAMARINDA"],
    "96.71": ["!", "KOTA SORONG", "SORONG", "KODYA SORONG", "KOTA SORONG (PAPUA BARAT)"],
    "96.01": ["SORONG (KAB.)", "KAB. SORONG (AIMAS)", "AIMAS"],
    "96.03": ["RAJA AMPAT", "WAISAI", "KAB. RAJA AMPAT (WAISAI)"],
    "96.02": ["SORSEL", "KAB. SORONG SELATAN (TEMINABUAN)"],
    "92.02": ["MANOKWARI"],
    "93.01": ["!", "KAB. MERAUKE", "MERAUKE", "MERAUKE (KAB.)", "KAB. MERAUKE (PAPUA SELATAN)"],
    "93.02": ["BOVEN DIGOEL", "BOVEN DIGUL", "KAB. BOVEN DIGOEL (TANAH MERAH)"],
    "93.03": ["MAPPI", "KAB. MAPPI (KEPI)"],
    "93.04": ["ASMAT", "KAB. ASMAT (AGATS)"],
    "91.71": ["JAYAPURA", "KOTA JAYAPURA"],
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
    "lkp": ["peserta kursus dan tempat magang untuk peserta", "kerja sama penyaluran lulusan"],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": ["tempat prakerin bagi siswa dan rekrutmen alumni", "guru tamu dari industri"],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": ["pelatihan dan modal usaha bagi anggota", "pendamping dan jejaring pemasaran"],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": ["lokasi KKN dan mitra penelitian", "desa binaan untuk pengabdian"],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Sulawesi Barat: Kabupaten Mamuju (76.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_mamuju",
        "MMJ",
        "Sumbangsih Mitra",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Mamuju | 76.02 | p=pelatihan berbasis kompetensi bagi pencari kerja: las listrik, menjahit, tata boga {32} | h=bursa kerja dan pelayanan kartu AK/1 {150}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kabupaten Mamuju | 76.02 | d=pinjaman dana bergulir bagi koperasi, KUB dan UMKM terdaftar, jasa 3 % per tahun, hingga Rp 25 jt per usaha {Rp 300.000.000} | p=pendampingan NIB, merek dan PIRT {40}
dinas g | Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Barat | 76.02 | p=pelatihan desain dan diversifikasi produk tenun bagi IKM binaan {20} | h=kurasi dan pengiriman produk IKM ke Inacraft serta galeri IKM Sulbar di Jalan Yos Sudarso {30:produk}
dinas g | Dinas Perkebunan Provinsi Sulawesi Barat | 76.02 | t=penyuluh perkebunan kakao untuk sekolah lapang, fermentasi dan pascapanen biji kakao {3} | s=bantuan bibit kakao sambung samping dan gunting pangkas bagi kelompok tani {2000:bibit}
dinas g | Dinas Pertanian Kabupaten Mamuju | 76.02 | t=PPL pendamping kelompok tani di Kalukku, Papalang dan Sampaga {4} | s=pinjam pakai hand tractor dan pompa air bagi poktan terdaftar {6}
dinas g | Dinas Pariwisata Kabupaten Mamuju | 76.02 | h=stan UMKM dan kerajinan di Festival Pantai Manakarra dan Anjungan Pantai Manakarra {25:produk}
dinas g | Dinas Sosial Kabupaten Mamuju | 76.02 | d=bantuan KUBE bagi keluarga miskin penerima PKH yang terdaftar di DTKS {Rp 20.000.000} | p=bimbingan keterampilan bagi penyandang disabilitas {15}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Sulawesi Barat | 76.02 | p=pelatihan kewirausahaan bagi perempuan kepala keluarga {30} | h=memfasilitasi dan menghubungkan kelompok perempuan dengan pembeli dan perbankan (tidak membeli)
dinas g | Dinas Pendidikan dan Kebudayaan Kabupaten Mamuju (Bidang PAUD dan PNF) | 76.02 | d=BOP Kesetaraan dan bantuan PKW bagi PKBM dan LKP terakreditasi, lewat proposal {Rp 150.000.000} | p=bimtek tutor PKBM {20}
blk g | UPTD Balai Latihan Kerja Provinsi Sulawesi Barat | 76.02 | t=instruktur pengolahan hasil pertanian dan tata boga {2} | s=ruang praktik pengolahan pangan dipinjamkan ke lembaga mitra di luar jadwal pelatihan {1} | p=pelatihan pengolahan hasil pertanian 120 JP {16}
donor m | BAZNAS Kabupaten Mamuju | 76.02 | d=Mamuju Makmur: zakat produktif modal usaha bagi mustahik dan kelompok usaha mustahik, hingga Rp 5 jt per anggota {Rp 200.000.000}
donor s | Bank Sulselbar Cabang Mamuju | 76.02 | d=KUR mikro dan kredit kelompok perempuan, plafon sampai 50 juta, agunan ringan {Rp 2 M}
donor s | CSR PT Sawit Lariang Makmur | 76.01 | d=bantuan modal usaha bagi desa ring 1 kebun di Kecamatan Baras dan Sarudu {Rp 250.000.000} | h=rekrut pemanen dan mandor {30}
donor s | TJSL PT Pelabuhan Belang-Belang | 76.02 | d=TJSL modal usaha bagi UMKM dan kelompok perempuan di desa ring 1 Kecamatan Kalukku {Rp 150.000.000}
donor s | CSR PLN UP3 Mamuju | 76.02 | s=hibah mesin dan peralatan usaha (mesin sangrai kakao, oven, freezer) bagi kelompok binaan dan lembaga pendidikan di Kabupaten Mamuju, lewat proposal {5}
donor s | Program Hibah Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perajin tenun dan batik dari seluruh Indonesia, proposal daring dan seleksi {Rp 25.000.000}
donor m | LAZ Manakarra Peduli | 76.02 | d=qardhul hasan bagi pedagang Pasar Lama dan Pasar Baru Mamuju, maksimal 3 juta per orang {Rp 60.000.000}
dudi s | Hotel Maleo Manakarra | 76.02 | p=PKL siswa perhotelan {6} | h=membeli selendang dan kain tenun untuk suvenir tamu dan dekorasi lobi {20:lembar/tahun}
dudi s | Toko Oleh-oleh Khas Mandar Jalan Yos Sudarso | 76.02 | h=titip jual jepa, kue tori, kopi Mamasa dan kain tenun dari perajin {50:produk}
dudi s | Galeri Wastra Sulbar | 76.02 | h=membeli putus kain Sekomandi dan sarung sutra Mandar dari perajin, bayar tunai {30:lembar/bulan}
dudi s | Butik Tenun Manakarra | 76.02 | t=penjahit dan desainer busana bisa membantu desain produk turunan kain tenun {1} | h=pesan kemeja dan tas dari kain tenun ikat untuk seragam kantor {100:potong/tahun}
dudi s | Toko Benang dan Pewarna Sumber Warna | 76.02 | s=jual benang katun, benang sutra dan pewarna tekstil, bisa bon untuk kelompok perajin
dudi s | Pedagang Pengumpul Kakao Kalukku | 76.02 | h=membeli biji kakao kering asalan dari petani, harga pasar {10:ton/bulan}
dudi s | PT Kakao Sulbar Fermentasi | 76.02 | t=staf QC bisa mengajar fermentasi biji kakao di kelas kelompok tani binaan perusahaan {1} | p=magang di gudang fermentasi bagi petani muda {6} | h=membeli biji kakao fermentasi bersertifikat {20:ton/bulan}
dudi s | Rumah Cokelat Manakarra | 76.02 | t=chocolatier pemilik bersedia menjadi instruktur membuat cokelat batangan dan bubuk, 2 kali seminggu, honor per sesi {1} | h=membeli pasta kakao dari kelompok {50:kg/bulan}
dudi s | Toko Mesin Pertanian Tani Jaya | 76.02 | s=jual mesin sangrai kopi dan kakao, grinder dan mesin pengupas, bisa cicil 6 bulan
dudi s | Kafe Kopi Mamuju Lama | 76.02 | h=membeli cokelat bubuk lokal untuk minuman {20:kg/bulan}
dudi s | Swalayan Manakarra Mart | 76.02 | h=konsinyasi produk UMKM berizin PIRT dan berbarcode {40:produk}
dudi s | Bengkel Perahu Sandeq Pak Cada | 76.02 | p=magang pembuatan perahu sandeq {3}
smk m | SMK Negeri 1 Mamuju (Agribisnis Pengolahan Hasil Pertanian) | 76.02 | t=guru produktif APHP bisa mengajar pengolahan kakao dan kopi di PKBM mitra {2} | s=lab APHP dengan mesin sangrai dan conche kecil boleh dipakai lembaga mitra hari Sabtu {1}
smk m | SMK Negeri 2 Mamuju (Tata Busana) | 76.02 | t=guru tata busana {2} | p=siswa tata busana mencari tempat prakerin {20}
lkp m | LKP Tenun Sekomandi Binanga | 76.02 | p=kursus menenun ikat Sekomandi dan penempatan peserta di jaringan galeri alumni {12} | h=menjual kain hasil peserta sendiri lewat galeri LKP
lkp m | LKP Tata Boga Manakarra | 76.02 | t=instruktur tata boga dan kue {2} | p=kursus tata boga {20}
pkbm m | PKBM Binanga Cerdas | 76.02 | p=warga belajar paket C mencari tempat praktik keterampilan {30}
perguruan_tinggi m | Universitas Manakarra Mamuju (Prodi Agribisnis) | 76.02 | t=dosen teknologi pascapanen kakao untuk pelatihan dan pendampingan kelompok {2} | s=laboratorium pengolahan hasil perkebunan dapat dipakai mitra pengabdian {1}
perguruan_tinggi m | Sekolah Tinggi Desain Mandar | 76.02 | t=dosen desain tekstil membantu desain motif dan produk turunan tenun {1} | p=KKN tematik UMKM {15}
ormas m | Dekranasda Kabupaten Mamuju | 76.02 | p=pelatihan pewarnaan alam {15} | h=galeri Dekranasda memajang dan menjual tenun Sekomandi dan kerajinan binaan, bagi hasil 10 % {40:produk}
ormas m | TP PKK Kabupaten Mamuju | 76.02 | p=kader PKK penggerak {40} | h=bazar PKK tiap Minggu pagi di Anjungan Pantai Manakarra {20:produk}
ormas m | Lembaga Adat Kalumpang | 76.02 | t=tetua adat penenun Sekomandi mengajar motif dan pewarnaan alam tradisional {2} | h=memesan kain tenun untuk upacara adat {15:lembar/tahun}
tokoh_masyarakat m | Indo' Martha (penenun senior Sekomandi) | 76.02 | t=mau mengajari teknik ikat dan pewarna akar mengkudu {1}
tokoh_masyarakat m | Pak Haji Baharuddin (petani kakao teladan Kalukku) | 76.02 | t=mau berbagi cara fermentasi biji kakao di kebunnya, tidak mengajar pengolahan cokelat {1}
pusat_karya m | Sentra Tenun Sekomandi Kalumpang | 76.02 | p=magang menenun di sentra {4} | h=membeli kain tenun dari penenun di luar sentra untuk dijual ke kolektor {10:lembar/bulan}
koperasi m | Koperasi Petani Kakao Sipakalebbi Kalukku | 76.02 | s=unit fermentasi dan penjemuran kakao milik koperasi, khusus anggota {1} | h=membeli biji kakao anggota {5:ton/bulan}
dudi s | Toko Tenun Ibu Ros | 76.02 tidak | h=membeli kain tenun Sekomandi untuk dijual ke Makassar {20:lembar/bulan}
lkp m | LKP Cokelat Kalukku | 76.02 tidak | t=instruktur pengolahan cokelat {2}
dudi s | Toko Suvenir Pak Amir | 76.02 x | h=bisa titip jual
donor m | Yayasan Sulbar Bangkit | 76.02 x | d=bantuan sosial
dudi s | Unit Pengolahan Kakao Tobadak | 76.06 | t=instruktur pengolahan cokelat bisa datang ke Mamuju sebulan sekali {1} | h=membeli biji kakao {5:ton/bulan}
pusat_karya m | Sentra Sutra Mandar Majene (Lipa' Saqbe) | 76.05 | h=membeli kain tenun dari perajin Sulbar untuk showroom di Majene {15:lembar/bulan}
dudi s | Toko Oleh-oleh Polewali | 76.04 | h=titip jual makanan khas Mandar {30:produk}
perguruan_tinggi m | Universitas Sulawesi Barat (Fakultas Pertanian dan Kehutanan) | 76.05 | t=dosen pengolahan kakao melatih di kabupaten se-Sulbar termasuk Mamuju, jadwal per semester {2}
dudi s | Pabrik Cokelat Makassar | 73.71 | p=magang pengolahan cokelat 2 minggu {4} | h=membeli biji kakao fermentasi {10:ton/bulan}
dudi s | Toko Daring Wastra Timur Jakarta | 31.74 | h=membeli kain tenun Sekomandi dan tenun ikat Sulawesi Barat tiap bulan, dikirim kargo {20:lembar/bulan}
dudi s | Butik Wastra Makassar | 73.71 | h=titip jual kain tenun Toraja dan Bugis {15:lembar/bulan}
donor s | Program Kakao Lestari (CSR nasional, seleksi) | 31.74 | s=hibah alat pengolahan kakao skala kecil bagi kelompok dan lembaga pendidikan di sentra kakao Sulawesi, seleksi proposal {10}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Kalimantan Utara: Kota Tarakan (65.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_tarakan",
        "TRK",
        "Hal yang Dapat Difasilitasi",
        """
dinas g | Dinas Tenaga Kerja Kota Tarakan | 65.71 | p=pelatihan kerja las SMAW dan pipa bagi pencari kerja, kerja sama BLK {16} | h=bursa kerja dan antar kerja ke perusahaan migas dan galangan {100}
dinas g | Dinas Koperasi dan UMKM Kota Tarakan | 65.71 | d=pinjaman dana bergulir UMKM terdaftar, jasa 3 %/th, Rp 5-50 jt per usaha {Rp 500.000.000} | p=pendampingan PIRT, halal dan kemasan {30}
dinas g | Dinas Perindustrian dan Perdagangan Kota Tarakan | 65.71 | s=bantuan alat IKM (spinner, sealer, vacuum frying) bagi kelompok IKM pangan terdaftar, usulan lewat proposal {6}
dinas g | Dinas Kelautan dan Perikanan Provinsi Kalimantan Utara | 65.71 | t=penyuluh perikanan bidang pengolahan {2} | s=bantuan sarana pengolahan bagi poklahsar yang sudah berbadan hukum dan terdaftar di Kusuka {10}
dinas g | Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Utara (Cabang Dinas Tarakan) | 65.71 | p=memfasilitasi MoU prakerin SMK dengan DUDI, tidak menyediakan tempat {10}
dinas g | Dinas Pariwisata Kota Tarakan | 65.71 | h=stan UMKM di Festival Iraw Tengkayu dan pusat oleh-oleh Pantai Amal {20:produk}
dinas g | Dinas Sosial dan Pemberdayaan Masyarakat Kota Tarakan | 65.71 | d=bantuan usaha ekonomi produktif bagi keluarga DTKS {Rp 15.000.000}
blk g | UPTD BLK Kota Tarakan | 65.71 | t=instruktur las bersertifikat BNSP bisa jadi guru tamu di SMK {2} | s=bengkel las 10 mesin, disewakan per jam {10} | p=pelatihan las SMAW 3G/4G 240 JP bagi pencari kerja {16}
donor m | BAZNAS Kota Tarakan | 65.71 | d=zakat produktif berupa modal dan alat usaha bagi kelompok usaha mustahik {Rp 150.000.000}
donor s | Bank Kaltimtara Cabang Tarakan | 65.71 | d=KUR dan kredit modal kerja UMKM sampai 100 juta {Rp 3 M}
donor s | TJSL PT Tarakan Migas Nusantara | 65.71 | d=TJSL bantuan peralatan produksi dan modal untuk UMKM ring 1 Kelurahan Juata Laut dan Juata Permai {Rp 300.000.000} | p=magang siswa SMK teknik di area operasi lapangan, 3 bulan, usulan sekolah {8}
donor s | CSR PT Tambang Batubara Bulungan | 65.01 | d=modal usaha untuk desa ring 1 di Kecamatan Tanjung Palas {Rp 200.000.000}
donor s | Program Hibah Alat UMKM Pangan (seleksi nasional) | 31.74 | s=hibah mesin pengolahan pangan (spinner, vacuum fryer, sealer) bagi kelompok usaha se-Indonesia, seleksi proposal daring {50}
donor m | LAZ Paguntaka Peduli | 65.71 | d=qardhul hasan bagi pedagang Pasar Gusher, maks 2 juta per orang {Rp 40.000.000}
dudi s | Pusat Oleh-oleh Amplang Tarakan Jalan Yos Sudarso | 65.71 | h=titip jual amplang, kerupuk ikan dan udang dari produsen rumahan berizin PIRT {60:produk}
dudi s | Toko Oleh-oleh Kepiting dan Amplang Gusher | 65.71 | h=membeli putus amplang bandeng dan kerupuk udang {300:bungkus/bulan}
dudi s | Toko Mesin dan Alat Usaha Borneo Teknik | 65.71 | s=jual mesin spinner peniris, vacuum frying dan hand sealer, garansi 1 tahun, bisa kredit
dudi s | Bengkel Fabrikasi Alat Pangan Karya Juata | 65.71 | s=membuat mesin spinner dan penggiling ikan sesuai pesanan (dijual) | p=PKL siswa teknik pengelasan dan fabrikasi {4}
dudi s | Pemasok Bandeng dan Udang Tambak Juata | 65.71 | h=menjual bandeng dan udang windu segar ke pengolah amplang dan kerupuk {2:ton/minggu}
dudi s | Cold Storage PT Udang Windu Kaltara | 65.71 | p=PKL siswa perikanan {4} | h=membeli udang windu dari petambak untuk ekspor {30:ton/bulan}
dudi s | Galangan Kapal PT Dok Tarakan Bahari | 65.71 | p=prakerin siswa SMK las dan fabrikasi kapal, 3-6 bulan {10} | h=rekrut welder bersertifikat {8}
dudi s | CV. Sinar Las Lingkas | 65.71 | p=menerima siswa PKL las {3} | h=rekrut tukang las {2}
dudi s | PT Borneo Engineering (kontraktor migas) | 65.71 | p=program magang welder pipa bagi lulusan SMK bersertifikat, bukan siswa {6} | h=rekrut welder 6G bersertifikat {10}
dudi s | Bengkel Motor Gusher Jaya | 65.71 | p=PKL siswa TSM {4}
dudi s | Bengkel Las Kanopi dan Pagar Karang Anyar | 65.71 | p=terima siswa PKL las untuk pasang kanopi dan pagar {2}
dudi s | Hotel Paguntaka Plaza | 65.71 | h=membeli amplang dan kerupuk untuk suguhan kamar dan oleh-oleh tamu {100:bungkus/bulan}
dudi s | Supermarket Grand Tarakan | 65.71 | h=konsinyasi snack lokal berizin PIRT dan berbarcode {30:produk}
dudi s | Toko Kemasan dan Plastik Mamburungan | 65.71 | s=jual plastik standing pouch, sablon label dan hand sealer murah
dudi s | Reseller Oleh-oleh Kaltara Online | 65.71 | h=jual amplang dan kerupuk Tarakan di marketplace, bagi hasil 15 % {40:produk}
smk m | SMK Negeri 1 Tarakan (Teknik Mesin) | 65.71 | s=bengkel las sekolah bisa dipakai kelompok lain hari Sabtu {1} | p=siswa teknik mesin mencari tempat prakerin {40}
smk m | SMK Negeri 3 Tarakan (Agribisnis Pengolahan Hasil Perikanan) | 65.71 | t=guru APHPi {2} | s=ruang produksi olahan ikan dengan vacuum fryer dan spinner boleh dipakai kelompok masyarakat hari Sabtu {1}
lkp m | LPK Las Paguntaka | 65.71 | p=kursus las dan penempatan magang peserta sendiri di jaringan kontraktor alumni {16} | h=menyalurkan alumni ke kontraktor migas {10}
lkp m | LKP Boga Amplang Mandiri | 65.71 | t=instruktur olahan ikan {1} | p=kursus membuat amplang dan kerupuk {15}
perguruan_tinggi m | Universitas Borneo Tarakan (Fakultas Perikanan) | 65.71 | t=dosen pendamping PIRT dan uji umur simpan {2} | s=laboratorium pengolahan hasil perikanan boleh dipakai kelompok binaan untuk produksi uji {1}
perguruan_tinggi m | Politeknik Kaltara (Teknik Mesin) | 65.71 | t=dosen bersertifikat inspektor las bisa menjadi guru tamu SMK {1} | s=lab las {1}
ormas m | TP PKK Kota Tarakan | 65.71 | h=bazar PKK tiap Minggu di Taman Berkampung {20:produk}
ormas m | Dekranasda Kota Tarakan | 65.71 | h=galeri Dekranasda menjual kerajinan dan makanan khas binaan {30:produk}
ormas m | Lembaga Adat Tidung Kota Tarakan | 65.71 | p=pelatihan tari dan kuliner adat Tidung {20} | h=memesan kue dan kudapan untuk acara Iraw Tengkayu {10:paket/tahun}
ormas m | Ikatan Welder Kaltara | 65.71 | t=welder senior bersertifikat 6G bisa menjadi guru tamu dan penguji praktik SMK {3} | h=informasi lowongan welder dari anggota {10}
tokoh_masyarakat m | Ibu Hj. Salmah (perintis amplang Juata) | 65.71 | t=mau mengajari resep amplang bandeng yang renyah {1}
tokoh_masyarakat m | Pak Daeng Rahman (mantan welder offshore) | 65.71 | t=mau jadi guru tamu pengelasan di SMK, sertifikat sudah habis masa berlaku {1}
koperasi m | Koperasi Nelayan Juata Laut Bersatu | 65.71 | d=simpan pinjam anggota, angsuran mingguan {Rp 80.000.000} | s=pinjam pakai freezer dan cool box khusus anggota {4}
dudi s | Pengepul Amplang Lingkas | 65.71 | h=membeli amplang dan kerupuk untuk dijual ke Nunukan dan Tawau {500:bungkus/bulan}
dudi s | Toko Amplang Bu Ida | 65.71 tidak | h=membeli amplang dari produsen rumahan {200:bungkus/bulan}
dudi s | Bengkel Las Abadi Selumit | 65.71 tidak | p=terima siswa PKL las {3}
dudi s | Toko Pak Hendra | 65.71 x | s=jual alat
donor m | Yayasan Peduli Tarakan | 65.71 x | d=bantuan
dudi s | Galangan Kapal Tanjung Selor | 65.01 | p=PKL siswa las kapal, mess disediakan {6}
dudi s | Toko Oleh-oleh Tanjung Selor | 65.01 | h=titip jual makanan khas Bulungan {30:produk}
dudi s | Resort Pulau Derawan | 64.03 | h=membeli amplang dan kerupuk untuk tamu resort, dikirim dari Tarakan lewat speedboat {80:bungkus/bulan}
dudi s | PT Galangan Kapal Samarinda | 64.72 | p=magang welder kapal 3 bulan bagi siswa SMK se-Kalimantan, mess disediakan {10}
blk g | UPT BLK Nunukan | 65.03 | p=pelatihan las {16}
dudi s | PT Engineering Migas Jakarta | 31.74 | p=program magang welder nasional bagi siswa SMK se-Indonesia, mess dan uang saku {20}
dudi s | Toko Daring Camilan Nusantara Jakarta | 31.74 | h=membeli amplang Tarakan tiap bulan, dikirim kargo {500:bungkus/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Papua Barat Daya: Kota Sorong (96.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_sorong",
        "SOR",
        "Komitmen Dukungan",
        """
dinas g | Dinas Tenaga Kerja Kota Sorong | 96.71 | p=pelatihan berbasis kompetensi bagi pencari kerja: las, tata boga, pengolahan ikan {32} | h=bursa kerja {100}
dinas g | Dinas Koperasi dan UKM Kota Sorong | 96.71 | d=dana bergulir bagi UMKM dan kelompok usaha terdaftar, jasa 2 % per tahun, hingga Rp 50.000.000 {Rp 400.000.000} | p=pelatihan manajemen keuangan dan pembukuan kelompok usaha {30}
dinas g | Dinas Perindustrian dan Perdagangan Provinsi Papua Barat Daya | 96.71 | p=pelatihan desain kemasan {20} | h=galeri produk IKM OAP dan kurasi untuk pameran {30:produk}
dinas g | Dinas Kelautan dan Perikanan Kota Sorong | 96.71 | t=penyuluh perikanan bidang pengolahan hasil, bisa mengajar di lembaga kursus {2} | s=bantuan freezer dan meat bone separator untuk poklahsar terdaftar {4}
dinas g | Dinas Sosial Kota Sorong | 96.71 | d=bantuan UEP bagi keluarga DTKS {Rp 10.000.000}
dinas g | Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Pemberdayaan Kampung Kota Sorong | 96.71 | p=memfasilitasi dan menghubungkan kelompok perempuan OAP dengan CSR dan perbankan {20}
dinas g | Dinas Pariwisata Provinsi Papua Barat Daya | 96.71 | h=stan kerajinan OAP di Festival Budaya Moi dan Bandara DEO {25:produk}
dinas g | Dinas Pendidikan Kota Sorong (Bidang PNF) | 96.71 | d=bantuan PKW dan PKK bagi LKP terakreditasi, seleksi proposal {Rp 100.000.000}
blk g | UPTD BLK Provinsi Papua Barat Daya | 96.71 | t=instruktur pengolahan hasil perikanan bersertifikat BNSP, bisa diperbantukan ke LKP mitra {2} | s=workshop pengolahan ikan dengan freezer dan mesin giling, dipinjamkan ke lembaga mitra di luar jadwal {1} | p=pelatihan pengolahan ikan 120 JP {16}
donor m | BAZNAS Kota Sorong | 96.71 | d=zakat produktif modal usaha bagi kelompok usaha mustahik {Rp 150.000.000}
donor s | Bank Papua Cabang Sorong | 96.71 | d=KUR mikro dan kredit usaha mama-mama Papua tanpa agunan sampai 25 juta {Rp 2 M}
donor s | Dana Otsus Kota Sorong (Bagian Kesra, bantuan usaha OAP) | 96.71 | d=bantuan modal usaha bagi kelompok usaha orang asli Papua, proposal ke Bagian Kesra, hingga Rp 50 jt per kelompok {Rp 1 M}
donor m | LAZ Sorong Peduli | 96.71 | d=qardhul hasan bagi pedagang Pasar Remu dan Pasar Boswesen, maks 3 juta per orang {Rp 60.000.000}
donor s | CSR PT Pelabuhan Sorong | 96.71 | s=hibah freezer dan peralatan pengolahan ikan bagi kelompok nelayan di kelurahan ring 1 Distrik Sorong Kepulauan dan Sorong Barat {6}
dudi s | Toko Oleh-oleh Papua Jalan Basuki Rahmat | 96.71 | h=titip jual noken, tas anyaman, abon ikan dan keripik keladi dari perajin {60:produk}
dudi s | Galeri Noken Moi Remu | 96.71 | h=membeli putus noken kulit kayu dan noken benang dari mama-mama, bayar tunai {100:buah/bulan}
dudi s | Hotel Kasuari Sorong | 96.71 | p=PKL tata boga {4} | h=memesan noken untuk suvenir tamu rapat {200:buah/tahun}
dudi s | Penginapan Pulau Doom | 96.71 | h=memajang dan menjual noken dan kerajinan kepada tamu wisata {20:produk}
dudi s | Pedagang Benang Noken Pasar Remu | 96.71 | s=jual benang nilon dan benang wol untuk noken, grosir
dudi s | Pengepul Kulit Kayu Genemo | 96.71 | h=menjual serat kulit kayu genemo ke perajin noken {200:ikat/bulan}
dudi s | PT Perikanan Samudra Sorong (cold storage) | 96.71 | t=kepala produksi bisa mengajar penanganan dan pengolahan ikan di LKP mitra sebulan sekali {1} | p=magang di pabrik pengolahan tuna {6}
dudi s | UD. Abon Ikan Mama Sorong | 96.71 | t=pemilik dan 2 karyawan senior bersedia menjadi instruktur abon dan bakso ikan di LKP, 2 kali seminggu, honor per sesi {3}
dudi s | Pemasok Ikan Segar Pasar Jembatan Puri | 96.71 | h=menjual tuna, cakalang dan tenggiri segar ke pengolah {1:ton/hari}
dudi s | Toko Mesin Usaha Sorong Jaya | 96.71 | s=jual freezer, meat grinder dan mesin bakso, bisa cicil
dudi s | Sewa Alat Dapur Klasaman | 96.71 | s=sewa freezer dan kompor besar per minggu
dudi s | Restoran Ikan Bakar Tembok Berlin | 96.71 | t=koki kepala sesekali bisa mengajar olahan ikan restoran (fillet, ikan bakar) di LKP {1} | h=rekrut juru masak {2}
dudi s | Swalayan Remu Indah | 96.71 | h=konsinyasi produk UMKM berizin PIRT dan halal {40:produk}
dudi s | Toko Daring Produk Papua Sorong | 96.71 | h=jual noken dan kerajinan Papua di marketplace, bagi hasil 20 % {40:produk}
smk m | SMK Negeri Perikanan dan Kelautan Sorong | 96.71 | t=guru produktif pengolahan hasil perikanan bisa mengajar di LKP mitra sore hari {2} | s=ruang produksi olahan ikan dengan freezer dan mesin giling boleh dipakai lembaga mitra hari Sabtu {1}
smk m | SMK Negeri 2 Sorong (Tata Busana) | 96.71 | p=siswa tata busana mencari tempat prakerin {20}
lkp m | LKP Olahan Laut Boswesen | 96.71 | p=kursus olahan ikan dan penempatan magang peserta sendiri di jaringan alumni {15}
lkp m | LKP Tata Boga Malamoi | 96.71 | t=instruktur tata boga kue dan roti {2} | p=kursus tata boga {20}
pkbm m | PKBM Kasuari Remu | 96.71 | p=warga belajar paket C yang mencari kursus keterampilan {25}
perguruan_tinggi m | Politeknik Kelautan dan Perikanan Sorong | 96.71 | t=dosen teknologi pengolahan hasil perikanan untuk pelatihan instruktur dan pendampingan lembaga kursus {2} | s=laboratorium pengolahan boleh dipakai mitra pengabdian {1}
perguruan_tinggi m | Universitas Malamoi Sorong (Prodi Manajemen) | 96.71 | p=pelatihan pembukuan dan manajemen keuangan kelompok usaha perempuan {20}
ormas m | Lembaga Masyarakat Adat Malamoi | 96.71 | p=menggerakkan dan memfasilitasi mama-mama Moi di kampung {40} | h=memesan noken untuk acara adat dan tamu {50:buah/tahun}
ormas m | Dekranasda Kota Sorong | 96.71 | h=galeri Dekranasda memajang dan menjual noken serta kerajinan binaan, bagi hasil 10 % {40:produk}
ormas m | TP PKK Kota Sorong | 96.71 | h=bazar PKK tiap Sabtu di Taman Deo {20:produk}
ormas m | Persekutuan Wanita Gereja Klasis Sorong | 96.71 | p=pendampingan kelompok mama-mama {30} | h=pesan noken untuk sidang sinode {100:buah/tahun}
tokoh_masyarakat m | Mama Agustina Kalami (perajin noken senior Moi) | 96.71 | t=mau mengajari anyaman noken kulit kayu motif Moi {1}
tokoh_masyarakat m | Bapak Yohanis Malak (nelayan pengolah ikan asap) | 96.71 | t=mau mengajari pengasapan ikan cara kampung, bukan abon atau bakso {1}
koperasi m | Koperasi Mama-mama Papua Sorong | 96.71 | d=simpan pinjam anggota, angsuran mingguan {Rp 80.000.000} | h=memasarkan produk anggota di Pasar Mama-mama Remu {20:produk}
dudi s | Galeri Noken Ibu Dorkas | 96.71 tidak | h=membeli noken {50:buah/bulan}
lkp m | LPK Abon Tuna Sorong | 96.71 tidak | t=instruktur abon dan bakso ikan {2}
dudi s | Toko Mama Rina | 96.71 x | h=titip jual
donor m | Yayasan Sorong Sejahtera | 96.71 x | d=bantuan
donor s | TJSL PT Nikel Waigeo | 96.03 | d=TJSL modal usaha bagi kampung ring 1 Distrik Waigeo Barat {Rp 300.000.000}
donor s | CSR PT Migas Salawati | 96.01 | d=CSR modal usaha bagi kelompok perempuan Moi di Kota Sorong dan Distrik Aimas (wilayah adat Moi), hingga Rp 40 juta per kelompok {Rp 400.000.000} | p=pelatihan pengelolaan keuangan kelompok {25}
donor s | Program Hibah Kriya Perempuan Adat (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perajin perempuan adat se-Indonesia, proposal daring {Rp 50.000.000}
bumdes m | BUMKam Malaumkarta | 96.01 | h=kios kampung menjual noken dan hasil laut {20:produk}
dudi s | Homestay Arborek Raja Ampat | 96.03 | h=menjual noken ke wisatawan, ambil dari perajin Sorong {30:buah/bulan}
dudi s | Pabrik Pengolahan Ikan Aimas | 96.01 | t=supervisor produksi bisa menjadi instruktur olahan ikan di Kota Sorong, 2 kali seminggu {1}
lkp m | LPK Perikanan Manokwari | 92.02 | t=instruktur olahan ikan bersertifikat, kelas di Manokwari {2}
dudi s | Toko Daring Kriya Papua Jakarta | 31.74 | h=membeli noken dari perajin Sorong tiap bulan, dikirim kargo {60:buah/bulan}
dudi s | Toko Oleh-oleh Teminabuan | 96.02 | h=titip jual makanan khas Sorong Selatan {30:produk}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 4. Papua Selatan: Kabupaten Merauke (93.01)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_merauke",
        "MRK",
        "Keterangan Partisipasi",
        """
dinas g | Dinas Tanaman Pangan, Hortikultura dan Peternakan Kabupaten Merauke | 93.01 | t=mekanik brigade alsintan bisa melatih operator traktor dan combine harvester {3} | s=pinjam pakai traktor roda empat dan combine bagi poktan terdaftar {10}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Merauke | 93.01 | p=pemagangan dalam negeri di perusahaan food estate bagi pencari kerja yang diusulkan lembaga {20} | h=penempatan operator ke perusahaan perkebunan dan food estate {50}
dinas g | Dinas Koperasi dan UKM Kabupaten Merauke | 93.01 | d=dana bergulir bagi koperasi dan KUB terdaftar, jasa 3 %/th, hingga Rp 50 jt {Rp 500.000.000} | p=pelatihan kemasan dan izin edar {30}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Merauke | 93.01 | s=bantuan mesin pengemas vakum bagi IKM pangan terdaftar {4} | h=menghubungkan UMKM dengan distributor dan ritel (fasilitasi temu usaha) {20}
dinas g | Dinas Sosial Kabupaten Merauke | 93.01 | d=bantuan KUBE bagi keluarga DTKS {Rp 20.000.000}
dinas g | Dinas Ketahanan Pangan Kabupaten Merauke | 93.01 | h=membeli beras lokal untuk cadangan pangan daerah dan pangan murah {5:ton/bulan}
dinas g | Dinas Pendidikan Provinsi Papua Selatan (Bidang SMK) | 93.01 | p=fasilitasi kerja sama SMK dengan DUDI {10}
blk g | UPTD BLK Kabupaten Merauke | 93.01 | t=instruktur teknik otomotif dan alat berat {2} | s=bengkel otomotif bisa dipinjam lembaga mitra {1} | p=pelatihan mekanik otomotif 160 JP {16}
donor m | BAZNAS Kabupaten Merauke | 93.01 | d=zakat produktif modal usaha bagi kelompok usaha mustahik {Rp 150.000.000}
donor s | Bank Papua Cabang Merauke | 93.01 | d=KUR dan kredit modal kerja petani dan penggilingan padi, hingga Rp 100 jt {Rp 3 M}
donor s | CSR PT Merauke Agro Pangan | 93.01 | d=CSR modal usaha bagi kampung ring 1 Distrik Malind dan Kaptel {Rp 300.000.000} | p=magang operator alsintan dan mekanik 1 bulan bagi pemuda kampung sekitar areal {15}
donor s | TJSL PT Pelabuhan Merauke | 93.01 | d=TJSL modal usaha bagi UMKM di ring 1 Distrik Merauke {Rp 200.000.000}
donor s | CSR PT Sawit Muting | 93.01 | d=modal usaha kampung ring 1 Distrik Muting dan Ulilin {Rp 200.000.000} | h=rekrut operator dan mekanik kebun {20}
donor m | LAZ Merauke Peduli | 93.01 | d=qardhul hasan bagi pedagang Pasar Wamanggu dan Pasar Mopah Baru, maks 3 juta per orang {Rp 60.000.000}
donor s | Dana Otsus Kabupaten Merauke (bantuan usaha OAP) | 93.01 | d=bantuan modal usaha bagi kelompok usaha orang asli Papua (Marind) {Rp 1 M}
dudi s | UD. Penggilingan Padi Sumber Rejeki Kurik | 93.01 | s=jasa giling padi per kg | h=membeli gabah kering panen dari petani Kurik {50:ton/bulan}
dudi s | Toko Beras dan Sembako Mopah | 93.01 | h=membeli beras kemasan 5 kg dan 10 kg dari penggilingan dan kelompok lokal untuk dijual di toko {3:ton/bulan}
dudi s | Swalayan Merauke Mart | 93.01 | h=konsinyasi produk lokal berlabel, berizin edar dan berbarcode {40:produk}
dudi s | Hotel Rusa Wasur Merauke | 93.01 | p=PKL perhotelan {4} | h=membeli beras premium lokal untuk restoran hotel {500:kg/bulan}
dudi s | Katering Proyek Food Estate | 93.01 | h=membeli beras untuk makan pekerja proyek {4:ton/bulan}
dudi s | Pedagang Dendeng Rusa Pasar Mopah | 93.01 | h=membeli dendeng rusa dan ikan asin dari kampung {100:kg/bulan}
dudi s | Toko Mesin Pertanian Tani Makmur Merauke | 93.01 | t=teknisi dealer bisa melatih servis traktor bagi pembeli {1} | s=jual hand sealer, mesin vakum dan timbangan digital, bisa cicil
dudi s | CV. Karya Tani Papua (dealer dan bengkel alsintan) | 93.01 | t=mekanik senior bisa mengajar servis traktor di kelas pelatihan {2} | p=magang 1 bulan di bengkel traktor dan combine untuk peserta pelatihan {6}
dudi s | Bengkel Traktor Pak Slamet Semangga | 93.01 | p=terima anak magang servis traktor tangan dan pompa air {2}
dudi s | Bengkel Mobil Jaya Mopah | 93.01 | p=PKL siswa otomotif mobil {4}
dudi s | PT Merauke Agro Mekanisasi | 93.01 | p=magang operator combine dan excavator bagi lulusan pelatihan pemerintah, 2 bulan, mess disediakan {20} | h=rekrut operator dan mekanik {30}
dudi s | Toko Kemasan dan Karung Merauke | 93.01 | s=jual karung beras 5 kg bersablon dan plastik vakum
dudi s | Toko Oleh-oleh Khas Merauke | 93.01 | h=titip jual dendeng rusa, abon, sagu dan beras merah kemasan dari kampung {40:produk}
smk m | SMK Negeri 1 Kurik (Alat Mesin Pertanian) | 93.01 | t=guru produktif alsintan bisa mengajar di kelas pelatihan PNF sore hari {2} | s=bengkel alsintan dengan 2 traktor praktik boleh dipakai lembaga mitra hari Sabtu {1}
smk m | SMK Negeri 2 Merauke (Teknik Otomotif) | 93.01 | p=siswa mencari tempat prakerin {30}
lkp m | LPK Operator Alat Berat Merauke | 93.01 | p=kursus operator excavator dan penempatan magang peserta sendiri di jaringan kontraktor alumni {15}
pkbm m | PKBM Tunas Kurik | 93.01 | p=warga belajar paket C di kampung transmigrasi {40}
perguruan_tinggi m | Universitas Marind Merauke (Fakultas Pertanian) | 93.01 | t=dosen teknik pertanian mengajar mekanisasi dan alsintan pada pelatihan mitra {2} | s=lab mekanisasi boleh dipakai mitra {1}
ormas m | TP PKK Kabupaten Merauke | 93.01 | h=bazar PKK tiap Sabtu di Lapangan Pemda {20:produk}
ormas m | Lembaga Masyarakat Adat Malind Anim | 93.01 | t=tetua adat pendamping sosial {2} | p=menggerakkan pemuda kampung Marind untuk ikut pelatihan {40}
ormas m | Gapoktan Bersatu Semangga | 93.01 | h=menampung gabah anggota dan menjual ke Bulog {100:ton/bulan}
tokoh_masyarakat m | Pak Sutrisno (petani pelopor transmigrasi Kurik) | 93.01 | t=mau berbagi pengalaman budidaya padi {1}
tokoh_masyarakat m | Bapak Paulus Gebze (operator combine senior) | 93.01 | t=mau melatih anak muda kampung mengoperasikan traktor dan combine {1}
koperasi m | KUD Makmur Kurik | 93.01 | d=pinjaman modal anggota, angsuran setelah panen {Rp 200.000.000} | s=gudang dan lantai jemur untuk anggota {1}
bumdes m | BUMKam Wasur | 93.01 | s=sewa perahu | h=kios BUMKam menjual dendeng rusa, sagu dan kerajinan {20:produk}
bumdes m | BUMKam Sota Perbatasan | 93.01 | h=membeli beras kemasan untuk dijual di pasar perbatasan Sota ke warga PNG {1:ton/bulan}
dudi s | Toko Beras Bu Siti | 93.01 tidak | h=membeli beras kemasan {2:ton/bulan}
dudi s | Bengkel Alsintan Karya Muda | 93.01 tidak | p=magang servis traktor {4}
dudi s | Toko Pak Anton | 93.01 x | h=beli hasil bumi
donor m | Yayasan Merauke Sejahtera | 93.01 x | d=bantuan
donor s | Program Hibah Modal Petani Milenial (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok tani dan KUB pangan se-Indonesia, proposal daring {Rp 50.000.000}
dudi s | Toko Sembako Tanah Merah | 93.02 | h=membeli beras dari Merauke, dikirim truk lewat Trans Papua {2:ton/bulan}
blk g | UPT BLK Boven Digoel | 93.02 | p=pelatihan operator alat berat {16}
dudi s | Toko Beras Kepi | 93.03 | h=titip jual beras dan sembako {1:ton/bulan}
lkp m | LPK Alsintan Jayapura | 91.71 | t=instruktur mekanik traktor bersertifikat, kelas di Jayapura {2}
dudi s | Toko Daring Beras Nusantara Jakarta | 31.74 | h=membeli beras lokal dari sentra food estate Merauke tiap bulan, dikirim kapal {3:ton/bulan}
dudi s | PT Alsintan Nasional Jakarta | 31.74 | p=program magang mekanik alsintan 3 bulan bagi pemuda Papua, mess dan uang saku {10}
dudi s | Distributor Beras Agats | 93.04 | h=membeli beras dari Merauke untuk dikirim kapal ke Agats {2:ton/bulan}
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
        row.update(partner_id=p["partner_id"], name=p["name"], sector=p["sector"], kind=p["kind"])
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


def satu_kolom(rows: list[dict], header: str, rng: random.Random) -> tuple[list[str], list[list]]:
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
        write_csv(HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows])
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(HERE / f"{base}_kapital.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in kap])
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
