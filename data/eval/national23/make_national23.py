"""Write the twenty-third held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Sikka"); what
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

Run it from anywhere (standard library only); it writes next to itself::

    python3 national23/make_national23.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20330523
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
    "32.11": ("Kabupaten Sumedang", -6.82475, 107.98127),
    "32.10": ("Kabupaten Majalengka", -6.81508, 108.25719),
    "32.73": ("Kota Bandung", -6.91924, 107.6366),
    "32.04": ("Kabupaten Bandung", -7.09759, 107.60873),
    "35.78": ("Kota Surabaya", -7.27432, 112.72358),
    "53.07": ("Kabupaten Sikka", -8.60934, 122.30665),
    "53.08": ("Kabupaten Ende", -8.67636, 121.73544),
    "53.06": ("Kabupaten Flores Timur", -8.36513, 122.94448),
    "53.71": ("Kota Kupang", -10.20451, 123.60454),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "74.03": ("Kabupaten Muna", -4.94466, 122.6296),
    "74.13": ("Kabupaten Muna Barat", -4.81693, 122.49255),
    "74.72": ("Kota Bau Bau", -5.42877, 122.6758),
    "74.71": ("Kota Kendari", -3.99771, 122.53288),
    "74.12": ("Kabupaten Konawe Kepulauan", -4.11458, 123.09625),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "35": "Jawa Timur",
    "51": "Bali",
    "53": "Nusa Tenggara Timur",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "31": ["DKI JAKARTA", "DKI"],
    "32": ["JAWA BARAT", "JABAR", "PROV. JAWA BARAT", "PROVINSI JAWA BARAT"],
    "35": ["JAWA TIMUR", "JATIM"],
    "51": ["BALI", "PROV. BALI"],
    "53": [
        "NUSA TENGGARA TIMUR",
        "NTT",
        "PROV. NTT",
        "PROVINSI NUSA TENGGARA TIMUR",
        "N.T.T.",
    ],
    "73": ["SULAWESI SELATAN", "SULSEL"],
    "74": ["SULAWESI TENGGARA", "SULTRA", "PROV. SULTRA", "PROVINSI SULAWESI TENGGARA"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "32.11": [
        "!",
        "KAB. SUMEDANG",
        "SUMEDANG",
        "KAB SUMEDANG",
        "KABUPATEN SUMEDANG",
        "KAB. SUMEDANG (JATINANGOR)",
        "SUMEDANG - JABAR",
    ],
    "32.10": ["MAJALENGKA", "KAB. MAJALENGKA (KERTAJATI)"],
    "32.73": ["BANDUNG", "KODYA BANDUNG", "KOTA BANDUNG"],
    "32.04": ["KAB. BANDUNG (SOREANG)", "BANDUNG"],
    "35.78": ["SURABAYA"],
    "53.07": [
        "!",
        "KAB. SIKKA",
        "SIKKA",
        "KABUPATEN SIKKA",
        "KAB. SIKKA (MAUMERE)",
        "MAUMERE",
        "MAUMERE, FLORES",
    ],
    "53.08": ["ENDE", "KAB. ENDE (FLORES)"],
    "53.06": ["FLOTIM", "FLORES TIMUR", "KAB. FLOTIM (LARANTUKA)"],
    "53.71": ["KUPANG", "KOTA KUPANG"],
    "51.71": ["DENPASAR"],
    "74.03": [
        "!",
        "KAB. MUNA",
        "MUNA",
        "KABUPATEN MUNA",
        "KAB. MUNA (RAHA)",
        "RAHA",
        "WUNA",
    ],
    "74.13": ["MUBAR", "MUNA BARAT", "KAB. MUBAR (LAWORO)"],
    "74.72": ["BAUBAU", "BAU-BAU", "KOTA BAUBAU"],
    "74.71": ["KENDARI"],
    "74.12": ["KONKEP", "KAB. KONKEP (WAWONII)"],
    "73.71": ["MAKASSAR", "KOTA MAKASSAR"],
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
# 1. Jawa Barat: Kabupaten Sumedang (32.11)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_sumedang",
        "SMD",
        "Sokongan yang Siap Diberikan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Sumedang | 32.11 | p=pelatihan berbasis kompetensi: menjahit, las listrik, barista dasar, operator komputer {48} | h=bursa kerja dan penyaluran AKL ke kawasan industri Rebana dan Kertajati {150}
dinas g | Dinas Koperasi, UKM, Perdagangan dan Perindustrian Kab. Sumedang | 32.11 | d=pinjaman dana bergulir bagi IKM dan KUB binaan, jasa 3 % per tahun, maks Rp 25 jt per kelompok {Rp 600.000.000} | p=pendampingan NIB, PIRT, sertifikat halal dan desain kemasan {40}
dinas g | Dinas Pariwisata, Kebudayaan, Kepemudaan dan Olahraga Kabupaten Sumedang | 32.11 | t=narasumber sadar wisata dan pengelolaan desa wisata {2} | h=stan UMKM di Festival Kuda Renggong dan Sumedang Expo {30:produk}
dinas g | Dinas Komunikasi dan Informatika Kab. Sumedang (program Sumedang Digital) | 32.11 | h=memfasilitasi UMKM tampil di aplikasi belanja daerah dan menghubungkan dengan pembeli, tanpa pembelian langsung
dinas g | Dinas Pertanian dan Ketahanan Pangan Kabupaten Sumedang | 32.11 | t=penyuluh kopi dan hortikultura dataran tinggi {3} | s=bantuan mesin pulper dan huller kopi bagi kelompok tani yang terdaftar di Simluhtan, lewat usulan desa {3}
dinas g | Dinas Sosial Kabupaten Sumedang | 32.11 | d=bantuan usaha KUBE bagi keluarga miskin yang tercatat di DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan Kabupaten Sumedang (Bidang PAUD dan Pendidikan Nonformal) | 32.11 | d=BOP Kesetaraan dan PKW bagi PKBM terakreditasi, lewat proposal {Rp 15.000.000} | p=bimtek tutor kesetaraan dan tutor keterampilan {30}
blk g | UPTD Balai Latihan Kerja Kabupaten Sumedang | 32.11 | t=instruktur barista dan tata boga bersertifikat BNSP, bisa diperbantukan ke lembaga mitra dua kali seminggu {1} | s=ruang praktik barista dengan 2 mesin espresso, bisa dipinjam hari Sabtu {1} | p=pelatihan barista dan pengolahan kopi 160 JP {16}
donor m | BAZNAS Kabupaten Sumedang | 32.11 | d=Sumedang Berkah: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 300.000.000}
donor m | LAZ Insan Kasumedangan | 32.11 | d=qardhul hasan bagi pedagang Pasar Inpres Sumedang, paling banyak Rp 2 jt per orang {Rp 50.000.000}
donor s | Bank bjb Cabang Sumedang | 32.11 | d=KUR mikro dan kredit usaha rakyat perempuan sampai Rp 50 jt tanpa agunan tambahan {Rp 5 M}
donor s | CSR PT Jalan Tol Cisumdawu | 32.11 | d=hibah peralatan usaha bagi UMKM di desa terdampak tol di Kecamatan Jatinangor dan Cimanggung {Rp 200.000.000} | p=pelatihan pengelolaan usaha bagi warga terdampak {30}
donor s | TJSL PLTA Jatigede | 32.11 | d=bantuan modal usaha bagi warga terdampak genangan Waduk Jatigede di Kecamatan Jatigede dan Darmaraja {Rp 250.000.000} | p=pelatihan wisata waduk dan keramba {30}
donor s | Program Hibah Kedai Kopi Komunitas (seleksi nasional) | 31.74 | d=hibah alat seduh dan modal bagi kelompok pemuda pengolah kopi lokal seluruh Indonesia, proposal daring {Rp 30.000.000}
dudi s | Pusat Oleh-oleh Tahu Sumedang Jl. Prabu Geusan Ulun | 32.11 | h=membeli putus tahu Sumedang mentah dan goreng dari perajin rumahan setiap pagi untuk dijual di toko {2000:biji/hari}
dudi s | PT Rest Area Cisumdawu Mandiri (gerai UMKM KM 170) | 32.11 | h=gerai UMKM untuk tahu, ubi Cilembu dan oleh-oleh, sewa tempat Rp 1,5 jt per bulan, produk wajib ber-PIRT {20:produk}
dudi s | Pabrik Tahu H. Ucup Babakan Hurip | 32.11 | h=membeli tahu mentah dari perajin kecil hanya saat pesanan menumpuk menjelang Lebaran {3000:biji/hari}
dudi s | Toko Mesin dan Alat Tahu Sinar Teknik Sumedang | 32.11 | s=jual mesin penggiling kedelai, ketel uap dan cetakan tahu, bisa cicilan
dudi s | Swalayan Sumedang Plaza | 32.11 | h=konsinyasi produk UMKM berlabel halal dan berbarcode {40:produk}
dudi s | Kedai Kopi Tampomas Jatinangor | 32.11 | p=magang barista 1 bulan bagi pemuda {3} | h=membeli biji kopi sangrai dari petani Sumedang {30:kg/bulan}
dudi s | Rancakalong Coffee Roaster | 32.11 | t=roaster berpengalaman bisa melatih sangrai dan seduh kopi di lembaga mitra dengan honor {1} | s=sewa mesin sangrai 1 kg per jam {1} | p=magang di roastery {2}
dudi s | Kafe Sudut Kampus Jatinangor | 32.11 | h=merekrut barista paruh waktu dari lulusan pelatihan {4}
dudi s | Katering Nasi Liwet Kang Asep Sumedang | 32.11 | h=membeli tahu goreng untuk pesanan nasi kotak kantor dan hajatan {500:biji/hari}
dudi s | Pengepul Ampas Tahu Paseh | 32.11 | h=membeli ampas tahu dari pabrik tahu untuk pakan sapi perah {2:ton/minggu}
dudi s | Toko Kemasan Plastik Vakum dan Besek Sumedang | 32.11 | s=jual plastik vakum, besek bambu kemasan tahu dan vacuum sealer, bisa kredit untuk kelompok
dudi s | Reseller Oleh-oleh Sumedang (marketplace) | 32.11 | h=menjual tahu kemasan vakum dan ubi Cilembu di marketplace, ambil putus dari produsen ber-PIRT {300:bungkus/bulan}
dudi s | Bengkel Las dan Fabrikasi Stainless Cimalaka | 32.11 | s=membuat tungku uap hemat kayu bakar dan bak perebus tahu stainless sesuai pesanan dengan harga produksi {4}
pkbm m | PKBM Kuda Renggong Buahdua | 32.11 | p=warga belajar paket C yang mencari pelatihan keterampilan {25}
smk m | SMK Negeri 2 Sumedang (Kuliner dan Perhotelan) | 32.11 | t=guru kuliner bidang minuman dan barista bisa mengajar di lembaga mitra, sore hari {1} | s=dapur praktik dan mini kafe sekolah dipinjamkan hari Sabtu {1}
smk m | SMK PPN Tanjungsari (Agribisnis Pengolahan Hasil Pertanian) | 32.11 | s=ruang pengolahan dengan mesin sangrai kopi 2 kg dan grinder bisa dipakai kelompok masyarakat dengan jadwal {1} | t=guru produktif pengolahan kopi dan kedelai {1}
lkp m | LKP Barista Sumedang Academy Jatinangor | 32.11 | p=kursus barista berbayar Rp 2 jt, magang hanya untuk peserta kursus sendiri di kafe jaringan {10} | h=penyaluran alumni ke kafe jaringan {5}
perguruan_tinggi m | Universitas Padjadjaran (Fakultas Teknologi Industri Pertanian, Jatinangor) | 32.11 | t=dosen pendamping teknologi pangan dan uji umur simpan tahu kemasan {2} | p=pelatihan kemasan dan keamanan pangan bagi UMKM di lokasi KKN {25}
ormas m | TP PKK Kabupaten Sumedang | 32.11 | p=kader PKK penggerak {40} | h=bazar UMKM di Alun-alun Sumedang setiap Minggu pagi {20:produk}
ormas m | Dekranasda Kabupaten Sumedang | 32.11 | h=galeri produk unggulan dan kurasi untuk pameran di Bandung dan Jakarta {30:produk}
ormas m | Paguyuban Perajin Tahu Sumedang | 32.11 | t=perajin senior siap melatih pembuatan tahu {2} | h=pemasaran bersama ke pasar induk Caringin Bandung, hanya untuk anggota paguyuban {1000:biji/hari}
ormas m | Masyarakat Kopi Gunung Tampomas | 32.11 | t=petani kopi senior dan prosesor bisa mengajar pascapanen, sangrai dan seduh kopi di desa-desa {2} | h=membeli kopi ceri petani anggota {2:ton/bulan}
tokoh_masyarakat m | Abah Entang Suryana (pemilik roastery rumahan, Rancakalong) | 32.11 | t=mau mengajar sangrai dan seduh kopi bagi pemuda Rancakalong dua kali seminggu tanpa honor {1}
tokoh_masyarakat m | Ceu Imas Rohimah (perajin tahu senior Situraja) | 32.11 | t=mau berbagi cara membuat tahu awet tanpa pengawet {1}
pusat_karya m | Sanggar Seni Tarawangsa Rancakalong | 32.11 | t=seniman tarawangsa pelatih kesenian untuk sekolah dan PKBM {2}
koperasi m | Primkopti Kabupaten Sumedang | 32.11 | d=pinjaman khusus anggota perajin tahu dan tempe {Rp 200.000.000} | h=menjual kedelai impor ke anggota perajin tahu dan tempe {20:ton/bulan}
bumdes m | BUMDes Cilembu Makmur (Pamulihan) | 32.11 | h=kios oleh-oleh di jalan raya Sumedang-Bandung yang menjual ubi Cilembu dan olahan warga Desa Cilembu {30:produk}
bumdes m | BUMDes Mekarsari Rancakalong (desa wisata kopi) | 32.11 | s=kedai desa dengan mesin espresso dan mesin sangrai 1 kg bisa dipakai kelompok pemuda desa {1} | p=magang barista di kedai BUMDes bagi pemuda {4}
dudi s | Toko Oleh-oleh Tahu Pasar Inpres Sumedang | 32.11 tidak | h=membeli tahu kemasan dari perajin rumahan {1500:biji/hari}
lkp m | LKP Kopi Tampomas Institute | 32.11 tidak | t=instruktur barista dan roasting {2} | p=pelatihan barista {16}
dudi s | Warung Tahu Ceu Ani | 32.11 x | h=bisa titip
ormas m | Kelompok Tani Hutan Kareumbi | 32.11 x | t=ada
dudi s | Pusat Oleh-oleh Bandara Kertajati | 32.10 | h=menjual tahu Sumedang kemasan vakum, ubi Cilembu dan oleh-oleh Majalengka, ambil putus dari produsen Sumedang dan Majalengka {500:bungkus/bulan}
donor s | CSR PT Bandara Internasional Kertajati | 32.10 | d=bantuan modal usaha bagi desa ring 1 bandara di Kecamatan Kertajati, Kabupaten Majalengka {Rp 200.000.000}
dudi s | Roastery Kopi Priangan Bandung | 32.73 | t=trainer roasting bisa datang ke Sumedang dengan biaya transport {1} | p=magang roastery 3 bulan {2}
blk g | Balai Pelatihan Vokasi dan Produktivitas Disnakertrans Jawa Barat (Bandung) | 32.73 | t=instruktur barista dan roasting bersertifikat {2} | p=pelatihan barista 240 JP {16}
dinas g | Dinas Koperasi dan Usaha Kecil Provinsi Jawa Barat | 32.73 | d=hibah modal kerja bagi UMKM perempuan binaan terpilih se-Jawa Barat, lewat seleksi {Rp 25.000.000}
dudi s | Toko Oleh-oleh Cileunyi | 32.04 | h=titip jual oleh-oleh khas Priangan, bagi hasil 20 % {40:produk}
dudi s | Eksportir Kopi Arabika Surabaya | 35.78 | h=membeli green bean arabika dari Jawa Barat dan Jawa Timur {5:ton/bulan}
dudi s | Toko Daring Oleh-oleh Priangan Jakarta | 31.74 | h=membeli tahu Sumedang kemasan vakum dan ubi Cilembu dari Sumedang setiap minggu, dikirim ekspedisi {800:bungkus/bulan}
""",
    )
)

# ---------------------------------------------------------------------------------------------
# 2. Nusa Tenggara Timur: Kabupaten Sikka (53.07)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_sikka",
        "SKA",
        "Catatan Andil Kemitraan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Sikka | 53.07 | p=pelatihan kerja: menjahit, las, pemandu wisata bahari {48} | h=bursa kerja dan penyaluran AKAD ke perkebunan sawit Kalimantan {100}
dinas g | Dinas Koperasi dan UKM Kabupaten Sikka | 53.07 | d=dana bergulir bagi koperasi dan UMKM binaan, maks Rp 25 jt per kelompok, jasa 6 % per tahun {Rp 400.000.000} | p=pendampingan legalitas koperasi dan RAT {30}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Sikka | 53.07 | s=bantuan alat tenun bukan mesin (ATBM) dan alat gedogan bagi IKM tenun binaan lewat proposal {10} | h=memfasilitasi pameran dan temu bisnis IKM, tanpa membeli produk {20:produk}
dinas g | Dinas Pariwisata dan Kebudayaan Kabupaten Sikka | 53.07 | t=narasumber sadar wisata {2} | h=stan UMKM dan tenun ikat di Festival Teluk Maumere {30:produk}
dinas g | Dinas Pertanian Kabupaten Sikka (Bidang Perkebunan) | 53.07 | t=penyuluh perkebunan kakao: sambung samping, pascapanen dan fermentasi {4} | s=bantuan kotak fermentasi dan para-para jemur bagi kelompok tani kakao yang terdaftar di Simluhtan, lewat usulan desa {20}
dinas g | Dinas Sosial Kabupaten Sikka | 53.07 | d=bantuan usaha KUBE bagi keluarga miskin yang tercatat di DTKS {Rp 20.000.000}
dinas g | Dinas Kelautan dan Perikanan Kabupaten Sikka | 53.07 | s=bantuan tali ris, bibit dan para-para jemur rumput laut bagi pembudidaya di Teluk Maumere {30} | t=penyuluh perikanan budidaya {2}
blk g | UPTD Balai Latihan Kerja Kabupaten Sikka | 53.07 | t=instruktur menjahit dan tata busana {2} | p=pelatihan menjahit 240 JP {16} | s=ruang jahit bisa dipinjam di luar jadwal {1}
donor m | BAZNAS Kabupaten Sikka | 53.07 | d=zakat produktif berupa modal usaha bagi mustahik dan kelompok usaha mustahik {Rp 80.000.000}
donor m | Yayasan Caritas Keuskupan Maumere | 53.07 | d=modal usaha bergulir bagi kelompok perempuan dan kelompok tani di wilayah paroki se-Kabupaten Sikka {Rp 200.000.000} | t=fasilitator pendamping kelompok {3}
donor m | Koperasi Kredit Nian Sejahtera Maumere | 53.07 | d=pinjaman produktif khusus anggota yang sudah menabung minimal 3 bulan {Rp 1 M}
donor s | Bank NTT Cabang Maumere | 53.07 | d=KUR mikro dan kredit Merdeka tanpa agunan sampai Rp 10 jt per pelaku usaha {Rp 2 M}
donor s | TJSL Pelabuhan L. Say Maumere | 53.07 | d=bantuan modal usaha bagi UMKM di kelurahan sekitar pelabuhan: Kota Uneng, Beru dan Wuring {Rp 150.000.000}
dudi s | Toko Tenun dan Suvenir Sikka Jl. Moa Toda Maumere | 53.07 | h=membeli putus kain tenun ikat Sikka, selendang dan sarung dari kelompok penenun {40:lembar/bulan}
dudi s | Art Shop Pantai Koka | 53.07 | h=titip jual selendang tenun dan suvenir, bagi hasil 20 % {20:produk}
dudi s | Toko Benang dan Bahan Tenun Harapan Maumere | 53.07 | h=menjual benang katun, benang sintetis dan pewarna kimia kepada penenun {200:kg/bulan} | d=bon benang yang dibayar setelah kain terjual, untuk pelanggan tetap {Rp 5.000.000}
dudi s | Pedagang Pengumpul Kakao dan Kopra Geliting | 53.07 | h=membeli biji kakao asalan tanpa fermentasi dan kopra dari petani dengan harga pasar {30:ton/bulan}
dudi s | UD Mete dan Kemiri Talibura | 53.07 | h=membeli kacang mete gelondong dan kemiri dari petani {10:ton/bulan}
dudi s | Toko Pertanian Tani Makmur Maumere | 53.07 | s=jual terpal jemur, gunting pangkas kakao, pupuk dan karung, bisa kredit
dudi s | Bengkel Las Karya Baru Waioti | 53.07 | s=membuat para-para dan pengering surya rangka besi dengan plastik UV sesuai pesanan, dengan harga bahan {6}
dudi s | Hotel Teluk Maumere Indah | 53.07 | h=memesan selendang tenun ikat untuk suvenir tamu dan seragam staf {30:lembar/bulan} | p=PKL perhotelan {4}
dudi s | Dive Resort Waiara | 53.07 | p=magang dive guide bagi pemegang sertifikat selam {2}
dudi s | Kafe Cokelat Nian Maumere | 53.07 | h=membeli biji kakao fermentasi dari petani Sikka untuk cokelat batangan {200:kg/bulan}
dudi s | UD Kakao Flores Maumere (pengolahan kakao mini) | 53.07 | h=membeli biji kakao fermentasi mutu A dengan harga premium Rp 5.000/kg di atas harga asalan {15:ton/bulan} | t=petugas mutu pendamping fermentasi bagi kelompok pemasok {1}
dudi s | Swalayan Sinar Flores Maumere | 53.07 | h=konsinyasi produk lokal berlabel PIRT dan berbarcode {30:produk}
dudi s | Eksportir Rumput Laut Wuring | 53.07 | h=membeli rumput laut kering dari pembudidaya {20:ton/bulan}
dudi s | Toko Oleh-oleh Bandara Frans Seda | 53.07 | h=titip jual kopi, kacang mete dan tenun kecil, bagi hasil 25 % {30:produk}
pkbm m | PKBM Nian Tana Nita | 53.07 | p=warga belajar yang mencari pelatihan keterampilan {20}
smk m | SMK Negeri 1 Maumere (Tata Busana) | 53.07 | t=guru tata busana bisa mengajar desain busana di kelompok, sore hari {1} | s=ruang jahit sekolah {1}
smk m | SMK Negeri Nita (Agribisnis Tanaman Perkebunan) | 53.07 | s=ruang pengolahan dan rumah pengering kakao sekolah bisa dipakai kelompok tani dengan jadwal {1} | t=guru produktif perkebunan kakao {1}
lkp m | LKP Tenun Ikat Du'a Lepo Maumere | 53.07 | p=kursus tenun dan pewarnaan alam berbayar, Rp 1 jt per peserta {10} | h=membeli kain alumni kursus untuk galeri LKP {10:lembar/bulan}
perguruan_tinggi m | Universitas Nusa Nipa Maumere (Fakultas Pertanian) | 53.07 | t=dosen agroteknologi pendamping pascapanen kakao dan sertifikasi {2} | p=pelatihan fermentasi kakao di lokasi KKN {30}
perguruan_tinggi m | IFTK Ledalero (Pusat Penelitian Budaya) | 53.07 | t=peneliti budaya pendamping dokumentasi motif tenun {1} | p=lokakarya desain motif tenun berbasis budaya Sikka {20}
ormas m | TP PKK Kabupaten Sikka | 53.07 | p=kader PKK penggerak {40} | h=bazar UMKM di Lapangan Kota Baru Maumere {20:produk}
ormas m | Dekranasda Kabupaten Sikka | 53.07 | h=galeri tenun ikat dan kurasi produk untuk pameran di Kupang dan Inacraft Jakarta {30:produk} | p=pelatihan pewarnaan alam bagi penenun {20}
ormas m | Lembaga Adat Tana Ai | 53.07 | p=menggerakkan warga untuk ikut pelatihan {40} | s=rumah adat untuk pertemuan {1}
ormas m | Forum Petani Kakao Sikka | 53.07 | t=petani kakao senior siap berbagi teknik fermentasi {3} | h=pemasaran bersama biji kakao anggota ke pedagang di Maumere {10:ton/bulan}
tokoh_masyarakat m | Mama Yosefina Nona (penenun senior Watublapi) | 53.07 | t=mau mengajari motif lama dan pewarnaan alam dengan tarum dan mengkudu {1}
pusat_karya m | Sentra Tenun Ikat Nita | 53.07 | h=membeli benang ikat yang sudah diwarnai (tenun setengah jadi) dari penenun desa sekitar {20:lembar/bulan} | t=penenun instruktur {2}
koperasi m | Koperasi Produsen Kakao Sikka Sejahtera Talibura | 53.07 | h=membeli biji kakao fermentasi hanya dari anggota {30:ton/bulan} | s=gudang dan unit fermentasi untuk anggota {1}
bumdes m | BUMDes Watublapi Maju | 53.07 | h=kios suvenir di kampung wisata tenun Watublapi yang menjual tenun ikat warga {20:lembar/bulan}
bumdes m | BUMDes Nita Jaya | 53.07 | s=rumah jemur bersama (dome dryer) untuk kakao dan kopi, dipakai gratis oleh kelompok tani Desa Nita {1}
dudi s | Galeri Tenun Ikat Bunga Nian | 53.07 tidak | h=membeli kain tenun ikat dari kelompok {30:lembar/bulan}
dudi s | UD Kakao Fermentasi Paga | 53.07 tidak | h=membeli biji kakao fermentasi dengan harga premium {10:ton/bulan}
dudi s | Kios Pasar Alok | 53.07 x | h=bisa titip
ormas m | Kelompok Tani Wairbleler | 53.07 x | t=ada
dudi s | Pusat Tenun Ikat Pasar Mbongawani Ende | 53.08 | h=membeli kain tenun ikat dari Ende, Lio dan Sikka {50:lembar/bulan}
donor s | TJSL PLTP Sokoria | 53.08 | d=bantuan modal usaha bagi desa ring 1 panas bumi Sokoria, Kabupaten Ende {Rp 200.000.000}
dudi s | Pedagang Kakao Larantuka | 53.06 | h=membeli biji kakao fermentasi dan asalan dari Flores Timur dan sekitarnya {10:ton/bulan}
dinas g | Dinas Koperasi dan UKM Provinsi Nusa Tenggara Timur | 53.71 | d=hibah modal kerja bagi kelompok UMKM perempuan se-NTT, lewat seleksi {Rp 25.000.000}
dinas g | Dinas Perkebunan Provinsi Nusa Tenggara Timur | 53.71 | s=bantuan unit fermentasi dan pengering kakao bagi koperasi petani se-NTT, lewat proposal kabupaten {5} | t=penyuluh kakao provinsi {1}
dudi s | Butik Tenun Nusantara Denpasar | 51.71 | h=membeli kain tenun ikat NTT termasuk Sikka, dikirim kargo {30:lembar/bulan}
dudi s | Program Kemitraan Kakao Berkelanjutan PT Kakao Olah Nusantara | 73.71 | t=agronom pendamping sertifikasi dan fermentasi bagi kelompok pemasok di Flores {2} | h=membeli biji kakao fermentasi dari koperasi pemasok di Flores dengan premi {50:ton/bulan}
donor m | Yayasan Tenun Nusantara Lestari (seleksi nasional) | 31.74 | d=hibah modal bagi kelompok penenun tradisional seluruh Indonesia, proposal daring {Rp 25.000.000}
""",
    )
)

# ---------------------------------------------------------------------------------------------
# 3. Sulawesi Tenggara: Kabupaten Muna (74.03)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_muna",
        "MNA",
        "Pernyataan Kesanggupan Bantu",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Muna | 74.03 | p=pelatihan kerja: otomotif sepeda motor, menjahit, las {48} | h=bursa kerja dan penyaluran AKAD ke kawasan nikel Morowali dan Konawe {150}
dinas g | Dinas Koperasi dan UKM Kabupaten Muna | 74.03 | d=dana bergulir bagi UMKM dan kelompok binaan, maks Rp 20 jt per kelompok, jasa 3 % per tahun {Rp 300.000.000} | p=pendampingan PIRT, halal dan kemasan kacang mete {40}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Muna | 74.03 | s=bantuan alat kacip mete dan oven sangrai bagi IKM terdaftar {10} | h=memfasilitasi promosi produk IKM di pameran, tanpa membeli
dinas g | Dinas Pertanian dan Perkebunan Kabupaten Muna | 74.03 | t=penyuluh perkebunan jambu mete {3} | s=bantuan bibit jambu mete unggul bagi kelompok tani {5000}
dinas g | Dinas Sosial Kabupaten Muna | 74.03 | d=bantuan usaha KUBE bagi keluarga miskin yang tercatat di DTKS {Rp 20.000.000}
dinas g | Cabang Dinas Pendidikan Provinsi Sulawesi Tenggara Wilayah Muna | 74.03 | p=memfasilitasi MoU prakerin SMK dengan DUDI dan sinkronisasi kurikulum, tanpa menempatkan siswa {10}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Muna | 74.03 | p=pelatihan kewirausahaan bagi perempuan kepala keluarga {30}
blk g | UPTD Balai Latihan Kerja Kabupaten Muna (Raha) | 74.03 | t=instruktur otomotif sepeda motor {2} | s=bengkel praktik sepeda motor injeksi, bisa dipinjam sekolah mitra hari Sabtu {1} | p=pelatihan mekanik sepeda motor 240 JP {16}
blk g | BLK Komunitas Pondok Pesantren Nurul Falah Kabawo | 74.03 | p=pelatihan pengolahan hasil pertanian, termasuk mete sangrai dan kemasan {16} | t=instruktur pengolahan hasil pertanian {1}
donor m | BAZNAS Kabupaten Muna | 74.03 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 250.000.000}
donor m | LAZ Wuna Peduli | 74.03 | d=qardhul hasan bagi pedagang Pasar Laino Raha, paling banyak Rp 2 jt per orang {Rp 40.000.000}
donor s | Bank Sultra Cabang Raha | 74.03 | d=KUR mikro dan kredit usaha perempuan sampai Rp 50 jt {Rp 3 M}
donor s | CSR Fuel Terminal Raha | 74.03 | d=bantuan modal UMKM di kelurahan sekitar terminal BBM: Wamponiki dan Raha I {Rp 100.000.000}
donor s | BMT Syariah Wuna Raha | 74.03 | d=pembiayaan murabahah musiman panen mete bagi kelompok pengupas, dengan margin {Rp 500.000.000}
dudi s | UD Mete Raha Jaya (pengolah dan pengirim kernel) | 74.03 | h=membeli kacang mete kupas (kernel) dari kelompok pengupas sesuai standar kadar air {3:ton/bulan} | p=pelatihan pengupasan higienis dan grading bagi kelompok pemasok {20}
dudi s | Pedagang Pengumpul Mete Gelondong Tampo | 74.03 | h=membeli mete gelondong dari petani dan menjualnya ke pengupas {50:ton/bulan}
dudi s | Toko Oleh-oleh Mete Khas Muna Jl. Sultan Hasanuddin Raha | 74.03 | h=membeli putus mete sangrai kemasan ber-PIRT dari produsen lokal {300:bungkus/bulan}
dudi s | Toko Mesin dan Kemasan Raha Teknik | 74.03 | s=jual mesin kacip mete, oven sangrai dan sealer, bisa kredit
dudi s | Dealer Sepeda Motor Sinar Muna Motor Raha | 74.03 | p=prakerin siswa SMK otomotif di bengkel resmi dealer selama 3 bulan {6} | h=merekrut mekanik lulusan SMK bersertifikat {3}
dudi s | Bengkel Motor Jaya Tehnik Raha | 74.03 | p=menerima siswa prakerin sepeda motor {4}
dudi s | Bengkel Mobil dan Truk Lasolo Raha | 74.03 | p=magang mekanik mobil diesel {3}
dudi s | Bengkel Ketinting dan Mesin Tempel Pelabuhan Raha | 74.03 | p=magang mekanik ketinting dan mesin tempel {2}
dudi s | Toko Suku Cadang Motor Abadi Raha | 74.03 | s=jual suku cadang dan alat servis sepeda motor, bisa kredit untuk sekolah
dudi s | Bengkel Motor Kabawo | 74.03 | p=menerima 2 siswa prakerin sepeda motor {2}
dudi s | Kafe dan Resto Danau Napabale | 74.03 | h=membeli mete sangrai untuk camilan tamu {20:kg/bulan}
dudi s | Swalayan Raha Mart | 74.03 | h=konsinyasi produk berlabel halal dan berbarcode {30:produk}
pkbm m | PKBM Wuna Mandiri Katobu | 74.03 | p=warga belajar paket C yang mencari pelatihan keterampilan {25}
smk m | SMK Negeri 2 Raha (Teknik Otomotif) | 74.03 | s=bengkel praktik sepeda motor bisa dipakai sekolah mitra hari Sabtu {1} | p=siswa otomotif yang mencari tempat prakerin {30}
smk m | SMK Negeri 1 Tongkuno (Agribisnis Pengolahan Hasil Pertanian) | 74.03 | s=ruang pengolahan mete dan oven sangrai bisa dipakai kelompok perempuan dengan jadwal {1} | t=guru APHP {1}
lkp m | LKP Otomotif Raha Motor Course | 74.03 | p=kursus mekanik sepeda motor berbayar, magang hanya untuk peserta kursus di bengkel jaringan {12}
lkp m | LKP Tata Boga Wa Ode Raha | 74.03 | p=kursus kue dan olahan mete berbayar, Rp 750 rb per peserta {15}
ormas m | TP PKK Kabupaten Muna | 74.03 | p=kader PKK penggerak {40} | h=bazar UMKM di Taman Kota Raha {20:produk}
ormas m | Dekranasda Kabupaten Muna | 74.03 | h=galeri tenun Masalili dan produk unggulan termasuk mete untuk pameran di Kendari dan Jakarta {30:produk}
ormas m | Lembaga Adat Sara Wuna | 74.03 | p=menggerakkan warga untuk ikut pelatihan {40} | s=baruga untuk pertemuan {1}
ormas m | Komunitas Mekanik Muna | 74.03 | t=mekanik senior sepeda motor {2}
tokoh_masyarakat m | Wa Ode Sitti Hadija (pengupas mete senior Lohia) | 74.03 | t=mau mengajari cara mengupas mete utuh tanpa pecah {1}
tokoh_masyarakat m | La Ode Hasanu (pensiunan mekanik dealer) | 74.03 | t=mau mengajar servis motor injeksi di sekolah {1}
pusat_karya m | Sentra Tenun Masalili | 74.03 | h=menjual kain tenun Muna dan membeli benang {20:lembar/bulan} | t=penenun instruktur {2}
koperasi m | Koperasi Wanita Mete Sejahtera Lohia | 74.03 | d=simpan pinjam khusus anggota {Rp 150.000.000} | h=membeli mete kupas anggota {1:ton/bulan}
bumdes m | BUMDes Lagasa Maju | 74.03 | h=kios oleh-oleh di jalan poros Raha-Tampo yang menjual mete sangrai dan olahan warga {20:produk}
dudi s | UD Kacang Mete Duruka | 74.03 tidak | h=membeli mete kupas {2:ton/bulan} | p=pelatihan pengupasan mete {20}
dudi s | Bengkel Resmi Motor Suzuki Raha | 74.03 tidak | p=prakerin siswa SMK 3 bulan {6} | h=merekrut mekanik {2}
dudi s | Kios Pasar Laino | 74.03 x | h=bisa titip
ormas m | Kelompok Pemuda Bengkel Katobu | 74.03 x | p=magang
dudi s | Bengkel Motor Laworo | 74.13 | p=menerima siswa prakerin sepeda motor {3}
dudi s | Dealer Sepeda Motor Baubau | 74.72 | p=prakerin 3 bulan di bengkel dealer {6} | h=merekrut mekanik lulusan SMK {4}
dinas g | Dinas Koperasi dan UKM Provinsi Sulawesi Tenggara | 74.71 | d=hibah modal kerja bagi kelompok perempuan pelaku UMKM se-Sulawesi Tenggara, lewat seleksi {Rp 25.000.000}
dudi s | PT Mete Sultra Kendari | 74.71 | h=membeli kacang mete kupas dari kelompok di Muna dan Buton, dijemput di Pelabuhan Raha {10:ton/bulan}
perguruan_tinggi m | Universitas Halu Oleo (KKN Tematik Muna) | 74.71 | t=dosen teknologi pangan pendamping PIRT dan uji mutu mete {2} | p=pelatihan pengolahan mete dan keamanan pangan di lokasi KKN di Kabupaten Muna {30}
blk g | UPTD BLK Kota Kendari | 74.71 | t=instruktur otomotif {2} | p=pelatihan otomotif sepeda motor 240 JP {16}
donor s | TJSL PT Tambang Wawonii | 74.12 | d=bantuan modal usaha bagi desa ring 1 tambang di Pulau Wawonii {Rp 300.000.000}
dudi s | Eksportir Mete Makassar | 73.71 | h=membeli mete gelondong dari Sulawesi Tenggara {100:ton/bulan}
donor s | Program Hibah Perempuan Pangan Lokal (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perempuan pengolah pangan lokal seluruh Indonesia, maks Rp 30 jt, proposal daring {Rp 30.000.000}
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
