"""Write the eighth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Sosial Kabupaten Jember"); what they
offer here is invented and says nothing about the real offices. Region codes, regency names and
representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
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

    python3 data/eval/national8/make_national8.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20280107
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
    "92.02": ("Kabupaten Manokwari", -0.93572, 133.80041),
    "92.12": ("Kabupaten Pegunungan Arfak", -1.28658, 133.70017),
    "92.11": ("Kabupaten Manokwari Selatan", -1.548, 134.01767),
    "92.06": ("Kabupaten Teluk Bintuni", -2.15438, 133.45368),
    "96.71": ("Kota Sorong", -0.86662, 131.31781),
    "94.01": ("Kabupaten Nabire", -3.3766, 135.62762),
    "94.06": ("Kabupaten Dogiyai", -4.04702, 135.60712),
    "94.03": ("Kabupaten Paniai", -3.80747, 136.47225),
    "94.04": ("Kabupaten Mimika", -4.52412, 136.84485),
    "91.06": ("Kabupaten Biak Numfor", -1.00285, 135.84437),
    "91.71": ("Kota Jayapura", -2.66453, 140.80014),
    "91.03": ("Kabupaten Jayapura", -3.01002, 139.98872),
    "95.01": ("Kabupaten Jayawijaya", -4.09346, 138.86676),
    "95.07": ("Kabupaten Lanny Jaya", -3.96215, 138.38441),
    "95.04": ("Kabupaten Tolikara", -3.45393, 138.47333),
    "95.03": ("Kabupaten Yahukimo", -4.47257, 139.56483),
    "35.09": ("Kabupaten Jember", -8.23514, 113.65595),
    "35.11": ("Kabupaten Bondowoso", -7.94369, 113.9477),
    "35.08": ("Kabupaten Lumajang", -8.12544, 113.1385),
    "35.10": ("Kabupaten Banyuwangi", -8.36466, 114.2059),
    "35.78": ("Kota Surabaya", -7.27432, 112.72358),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "31": "DKI Jakarta",
    "35": "Jawa Timur",
    "51": "Bali",
    "91": "Papua",
    "92": "Papua Barat",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}
# How official UPPER CASE lists write provinces: full name first, then the short and old forms
# people use (the regencies of Papua Tengah and Papua Pegunungan were in Provinsi Papua until
# 2022, Papua Barat was Irian Jaya Barat until 2007).
KAPITAL_PROVINCES = {
    "31": ["DKI JAKARTA", "DKI"],
    "35": ["JAWA TIMUR", "JATIM", "PROV. JAWA TIMUR", "PROPINSI JAWA TIMUR"],
    "51": ["BALI", "PROV. BALI"],
    "91": ["PAPUA", "PROV. PAPUA"],
    "92": ["PAPUA BARAT", "PROV. PAPUA BARAT", "PABAR", "IRIAN JAYA BARAT"],
    "94": ["PAPUA TENGAH", "PROV. PAPUA TENGAH", "PAPUA"],
    "95": ["PAPUA PEGUNUNGAN", "PROV. PAPUA PEGUNUNGAN", "PAPUA", "PAPEG"],
    "96": ["PAPUA BARAT DAYA", "PBD"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "92.02": [
        "!",
        "KAB. MANOKWARI",
        "MANOKWARI",
        "KAB MANOKWARI",
        "KABUPATEN MANOKWARI (PAPUA BARAT)",
    ],
    "92.12": ["PEGUNUNGAN ARFAK", "KAB. PEGAF", "PEG. ARFAK (ANGGI)"],
    "92.11": ["MANOKWARI SELATAN", "KAB. MANSEL", "MANSEL (RANSIKI)"],
    "92.06": ["TELUK BINTUNI", "BINTUNI"],
    "96.71": ["SORONG", "KOTA SORONG"],
    "94.01": ["!", "KAB. NABIRE", "NABIRE", "KAB NABIRE", "NABIRE (PAPUA TENGAH)"],
    "94.06": ["DOGIYAI", "KAB. DOGIYAI (MOANEMANI)"],
    "94.03": ["PANIAI", "ENAROTALI"],
    "94.04": ["MIMIKA", "TIMIKA"],
    "91.06": ["BIAK", "BIAK NUMFOR"],
    "91.71": ["JAYAPURA", "KOTA JAYAPURA"],
    "91.03": ["SENTANI", "KAB. JAYAPURA (SENTANI)"],
    "95.01": [
        "!",
        "KAB. JAYAWIJAYA",
        "JAYAWIJAYA",
        "WAMENA",
        "KAB. JAYAWIJAYA (WAMENA)",
    ],
    "95.07": ["LANNY JAYA", "TIOM"],
    "95.04": ["TOLIKARA", "KARUBAGA"],
    "95.03": ["YAHUKIMO", "DEKAI"],
    "35.09": ["!", "KAB. JEMBER", "JEMBER", "KABUPATEN JEMBER", "KAB JEMBER"],
    "35.11": ["BONDOWOSO"],
    "35.08": ["LUMAJANG"],
    "35.10": ["BANYUWANGI", "KAB. BWI"],
    "35.78": ["SURABAYA", "KOTA SBY"],
    "51.71": ["DENPASAR"],
    "31.74": ["JAKSEL", "JAKARTA SELATAN"],
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
# 1. Papua Barat: Kabupaten Manokwari (92.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_manokwari",
        "MKW",
        "Bentuk Partisipasi",
        """
dinas g | Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kabupaten Manokwari | 92.02 | p=pelatihan kemasan, pengurusan NIB dan PIRT bagi IKM olahan pangan {30} | h=galeri produk IKM di Jalan Merdeka dan kurasi produk untuk pameran di Jakarta {40:produk}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Manokwari | 92.02 | p=pelatihan berbasis kompetensi menjahit dan las bagi pencari kerja OAP {32} | h=bursa kerja tahunan dan pelayanan kartu kuning {150}
dinas g | Dinas Perkebunan Provinsi Papua Barat | 92.02 | t=penyuluh kakao pendamping fermentasi biji di Distrik Warmare dan Prafi {2} | s=bantuan bibit kakao sambung samping dan kotak fermentasi bagi kelompok tani {2000:bibit}
dinas g | Dinas Pariwisata Kabupaten Manokwari | 92.02 | h=stan UMKM dan oleh-oleh di Festival Pekabaran Injil Pulau Mansinam dan Festival Teluk Doreri {30:produk}
dinas g | Dinas Sosial Kabupaten Manokwari | 92.02 | d=bantuan KUBE bagi keluarga miskin yang terdaftar di DTKS {Rp 20.000.000} | s=bantuan mesin jahit bagi penyandang disabilitas binaan dinas {5}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Manokwari | 92.02 | t=fasilitator pemberdayaan perempuan {2} | p=memfasilitasi dan menghubungkan kelompok perempuan dengan OPD dan CSR {10}
dinas g | Dinas Pendidikan Kabupaten Manokwari (Bidang PAUD dan PNF) | 92.02 | d=BOP kesetaraan dan PKW bagi PKBM terakreditasi, lewat usulan Dapodik {Rp 60.000.000} | t=penilik PNF pembina PKBM {2}
blk g | UPTD Balai Latihan Kerja Provinsi Papua Barat (Manokwari) | 92.02 | t=instruktur menjahit dan tata boga bersertifikat, bisa diperbantukan ke lembaga mitra sesuai jadwal {3} | s=workshop jahit 20 mesin bisa dipinjam di luar jadwal pelatihan {1} | p=pelatihan menjahit pakaian 240 JP {16}
donor m | BAZNAS Kabupaten Manokwari | 92.02 | d=Manokwari Makmur: zakat produktif berupa modal usaha bagi mustahik dan kelompok usaha mustahik {Rp 200.000.000}
donor s | Bank Pembangunan Daerah Papua Cabang Manokwari | 92.02 | d=KUR mikro dan kredit usaha tanpa agunan sampai 50 juta {Rp 3 M}
donor s | TJSL LNG Tangguh (Program Pengembangan Ekonomi Lokal) | 92.06 | d=dana bergulir dan hibah usaha bagi kampung-kampung di Teluk Bintuni, terutama Distrik Babo, Aroba dan Sumuri {Rp 500.000.000} | p=pelatihan usaha dan magang bagi pemuda tujuh suku {30}
donor s | CSR PT Semen Manokwari Raya | 92.02 | d=bantuan modal usaha dan peralatan bagi kampung ring 1 pabrik di Distrik Manokwari Utara {Rp 250.000.000}
donor s | Program Hibah UMKM Pangan Lokal Indonesia Timur (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok usaha pangan lokal di Papua, Maluku dan NTT, proposal daring {Rp 35.000.000}
donor m | LAZ Al-Falah Manokwari | 92.02 | d=qardhul hasan bagi pedagang Pasar Wosi dan Pasar Sanggeng, paling banyak 3 juta per orang {Rp 60.000.000}
donor g | Dana Otsus Kampung untuk Usaha OAP (Bappeda Kabupaten Manokwari) | 92.02 | d=dana Otsus untuk modal usaha mikro orang asli Papua, diusulkan lewat kampung dan distrik {Rp 400.000.000}
dudi s | Hotel Mansinam Beach Manokwari | 92.02 | h=membeli cokelat batangan dan kue lokal untuk suvenir kamar dan paket rapat {300:batang/bulan}
dudi s | Hotel Triton Sanggeng | 92.02 | s=aula rapat (sewa) | h=memesan seragam batik Papua untuk staf {40:potong/tahun}
dudi s | Kafe Kopi Arfak Jalan Yos Sudarso | 92.02 | h=memakai bubuk kakao lokal untuk minuman cokelat, diambil dari pengolah rumahan {20:kg/bulan}
dudi s | Pusat Oleh-oleh Papua Barat Jalan Trikora Wosi | 92.02 | h=titip jual cokelat, abon, keripik keladi dan noken dari produsen yang sudah ber-PIRT {60:produk}
dudi s | Swalayan Hadi Manokwari | 92.02 | h=konsinyasi produk UMKM berlabel halal, berbarcode dan berizin edar {40:produk}
dudi s | Pedagang Pengumpul Biji Kakao Prafi | 92.02 | h=membeli biji kakao kering dari petani SP dan mengirim ke Surabaya {10:ton/bulan}
dudi s | Toko Bahan Kue dan Kemasan Sinar Wosi | 92.02 | s=jual cetakan cokelat, aluminium foil, standing pouch dan label, bisa cicil untuk kelompok
dudi s | Toko Mesin Jahit Sumber Jaya Sanggeng | 92.02 | s=jual dan servis mesin jahit, bisa kredit 10 bulan {20} | t=teknisi servis mesin jahit, berbayar {1}
dudi s | Penjahit Seragam dan Konveksi Amban | 92.02 | p=magang menjahit di konveksi {3} | h=rekrut penjahit lulusan kursus dan memberi subkontrak jahit seragam sekolah {10}
dudi s | Butik Batik Papua Manokwari | 92.02 | t=penjahit senior bisa mengajar menjahit busana, dibayar per pertemuan {1} | h=memesan jahitan kemeja batik Papua dari penjahit rumahan {100:potong/bulan}
dudi s | Reseller Produk Papua Barat Online | 92.02 | h=menjual produk khas Manokwari di marketplace dan siaran langsung, bagi hasil 15 % {40:produk}
smk m | SMK Negeri 1 Manokwari (Tata Busana) | 92.02 | t=guru tata busana bisa mengajar sore hari sesuai jadwal sekolah {2} | s=ruang jahit bisa dipinjam hari Sabtu {1} | p=siswa PKL busana yang mencari tempat praktik {24}
smk m | SMK Pertanian Terpadu Prafi | 92.02 | s=ruang pengolahan hasil perkebunan dengan mesin sangrai dan penggiling kakao bisa dipakai kelompok tani {1} | p=siswa PKL agribisnis yang mencari tempat prakerin {20}
lkp m | LKP Menjahit Mama Papua Sanggeng | 92.02 | t=instruktur menjahit {2} | p=kursus menjahit dan penempatan lulusan ke konveksi jaringan alumni sendiri {15}
lkp m | LKP Tata Boga Doreri | 92.02 | t=instruktur kue dan olahan pangan lokal {2} | p=kursus membuat kue dan cokelat praline {12}
pkbm m | PKBM Sinar Pagi Wosi | 92.02 | p=warga belajar Paket C yang mencari tempat praktik kecakapan hidup {25}
perguruan_tinggi m | Universitas Doreri Manokwari (Fakultas Teknologi Pertanian) | 92.02 | t=dosen pendamping pengolahan kakao dan izin edar {2} | s=laboratorium pengolahan kakao bisa dipakai kelompok binaan {1} | p=pelatihan pengolahan cokelat dan pengemasan bagi kelompok binaan {25}
ormas m | TP PKK Kabupaten Manokwari | 92.02 | p=kader PKK penggerak {40} | h=bazar PKK di Lapangan Borarsi tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Manokwari | 92.02 | h=gerai Dekranasda di Bandara Rendani dan kurasi produk untuk pameran {40:produk}
ormas m | Dewan Adat Suku Arfak | 92.02 | p=sosialisasi program ke kampung-kampung lewat kepala suku {10} | h=memesan noken dan kain untuk acara adat {20:buah/tahun}
ormas m | Persekutuan Wanita GKI Klasis Manokwari | 92.02 | t=ibu-ibu penjahit anggota bisa melatih menjahit sukarela tiap Sabtu {2} | h=memesan kue dan cokelat untuk perayaan Natal dan HUT Pekabaran Injil 5 Februari {200:kotak/tahun}
tokoh_masyarakat m | Mama Ester Mandacan (penjahit senior) | 92.02 | t=mau mengajar menjahit dua kali seminggu di kampung {1}
tokoh_masyarakat m | Bapak Yohanis Inyomusi (petani kakao senior Warmare) | 92.02 | t=mau mengajari fermentasi biji kakao {1}
pusat_karya m | Sanggar Batik Papua Wosi | 92.02 | p=magang membatik {4} | h=membeli kain batik dari pembatik rumahan {20:lembar/bulan}
koperasi m | Koperasi Produsen Kakao Warmare | 92.02 | d=simpan pinjam anggota, angsuran mingguan {Rp 80.000.000} | h=membeli biji kakao fermentasi dari anggota {5:ton/bulan}
bumdes m | BUMKam Prafi Sejahtera | 92.02 | h=kios BUMKam di Jalan Trans Prafi menjual olahan warga kampung {30:produk}
dudi s | Toko Cokelat Mansinam | 92.02 tidak | h=membeli cokelat batangan dari kelompok untuk dijual lagi {200:batang/bulan}
lkp m | LKP Busana Rendani | 92.02 tidak | t=instruktur menjahit bisa datang ke lembaga mitra {2}
dudi s | Toko Kue Bu Sri | 92.02 x | h=bisa titip
donor m | Yayasan Manokwari Peduli | 92.02 x | d=bantuan
dudi s | Homestay Kampung Mokwam | 92.12 | h=membeli cokelat dan kopi untuk tamu pengamat burung dan kupu-kupu {30:batang/bulan}
ormas m | Kelompok Tani Sayur Anggi | 92.12 | h=menjual kol dan wortel dari Danau Anggi ke Pasar Wosi {2:ton/minggu}
donor s | CSR PT Sawit Ransiki | 92.11 | d=CSR modal usaha bagi kampung sekitar kebun di Distrik Ransiki dan Oransbari {Rp 200.000.000}
koperasi m | Koperasi Kakao Ransiki | 92.11 | h=membeli biji kakao basah dari petani untuk diolah di pabrik koperasi {8:ton/bulan}
lkp m | LPK Menjahit Bintuni | 92.06 | t=instruktur menjahit, kelas di Bintuni {2}
dudi s | Toko Oleh-oleh Sorong Raya | 96.71 | h=titip jual makanan khas Papua {40:produk}
lkp m | LPK Garmen Sorong | 96.71 | t=instruktur menjahit industri yang bisa dikirim ke Manokwari dua minggu per angkatan, biaya tiket ditanggung pengundang {2}
dudi s | Gerai Cokelat Nusantara Jakarta (toko daring) | 31.74 | h=membeli cokelat batangan dari kelompok di Manokwari dan Ransiki tiap bulan, dikirim kargo {500:batang/bulan}
donor m | Yayasan Mesin Jahit untuk Perempuan Timur (program nasional) | 31.74 | s=hibah mesin jahit bagi PKBM dan kelompok perempuan di Tanah Papua, proposal daring dan seleksi {30}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Papua Tengah: Kabupaten Nabire (94.01)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_nabire",
        "NBX",
        "Peluang Kerja Sama",
        """
dinas g | Dinas Kelautan dan Perikanan Kabupaten Nabire | 94.01 | t=penyuluh perikanan pendamping poklahsar {2} | s=bantuan chest freezer, cool box dan alat pengasapan ikan bagi poklahsar terdaftar, lewat proposal {6} | p=pelatihan diversifikasi olahan ikan {30}
dinas g | Dinas Kelautan dan Perikanan Provinsi Papua Tengah | 94.01 | s=bantuan mesin ketinting, jaring dan rumpon bagi kelompok nelayan tangkap {20}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kabupaten Nabire | 94.01 | d=pinjaman dana bergulir tanpa agunan bagi UMKM terdaftar, jasa 3 % per tahun {Rp 300.000.000} | p=pelatihan kemasan dan pengurusan NIB serta PIRT {30}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Nabire | 94.01 | p=pelatihan operator alat berat dan las bagi pencari kerja {24} | h=bursa kerja {100}
dinas g | Dinas Pariwisata Kabupaten Nabire | 94.01 | h=stan kuliner di Festival Teluk Cenderawasih dan kawasan Pantai Nabire {30:produk}
dinas g | Dinas Sosial Kabupaten Nabire | 94.01 | d=bantuan KUBE bagi keluarga DTKS {Rp 20.000.000}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Nabire | 94.01 | d=bantuan modal usaha bagi perempuan kepala keluarga, 5 juta per orang {Rp 50.000.000} | p=memfasilitasi pertemuan kelompok perempuan dengan perbankan {10}
dinas g | Dinas Ketahanan Pangan Kabupaten Nabire | 94.01 | t=penyuluh pangan lokal pendamping olahan keladi, sagu dan ubi {2} | s=bantuan mesin pemarut dan pengering sagu bagi kelompok pangan lokal {4}
dinas g | Dinas Kesehatan Kabupaten Nabire | 94.01 | t=petugas pemeriksa SPP-IRT {2} | p=penyuluhan keamanan pangan IRT {40}
blk g | UPTD BLK Nabire | 94.01 | t=instruktur las dan otomotif {3} | s=bengkel las bisa dipinjam {1} | p=pelatihan las dan mekanik 160 JP {16}
donor m | BAZNAS Kabupaten Nabire | 94.01 | d=Nabire Berdaya: zakat produktif berupa modal dan bahan usaha bagi mustahik dan kelompok perempuan mustahik {Rp 200.000.000}
donor s | Bank Papua Cabang Nabire | 94.01 | d=KUR mikro dan kredit Mama Papua tanpa agunan sampai 25 juta {Rp 2 M}
donor g | Dana Otsus Kabupaten Nabire untuk Usaha Mama-mama OAP | 94.01 | d=modal usaha Otsus bagi kelompok mama-mama orang asli Papua pedagang dan pengolah pangan lokal, diusulkan lewat distrik {Rp 500.000.000}
donor s | CSR PT Tambang Emas Siriwo | 94.01 | d=bantuan modal bagi kampung lingkar tambang dan pendulangan di Distrik Siriwo dan Uwapa {Rp 250.000.000}
donor s | TJSL PT Pelabuhan Samabusa | 94.01 | s=hibah freezer, cool box dan timbangan bagi kelompok pengolah ikan di Kelurahan Karang Tumaritis dan Kampung Samabusa {10}
donor s | TJSL PLN UP3 Nabire | 94.01 | d=hibah peralatan (rumah asap, spinner, vacuum sealer) bagi kelompok pengolah ikan di Distrik Nabire, termasuk Oyehe dan Morgo {Rp 150.000.000}
donor s | Program Bantuan Sarana Pengolahan Ikan Skala Kecil (seleksi nasional) | 31.74 | s=bantuan alat pengolahan bagi poklahsar seluruh Indonesia, proposal daring dan seleksi {15}
donor m | Yayasan Pangan Lokal Papua (hibah nasional) | 31.74 | d=hibah modal kerja bagi kelompok perempuan pengolah pangan lokal di Tanah Papua, proposal daring {Rp 40.000.000}
donor m | LAZ Cenderawasih Peduli | 94.01 | d=qardhul hasan bagi pedagang Pasar Karang Tumaritis, paling banyak 2 juta per orang {Rp 40.000.000}
dudi s | Hotel Teluk Cenderawasih Nabire | 94.01 | h=membeli ikan asap dan keripik keladi untuk menu sarapan dan oleh-oleh tamu {40:kg/bulan}
dudi s | Rumah Makan Ikan Bakar Pantai MAF | 94.01 | h=membeli ikan segar dari nelayan untuk dibakar {50:kg/hari}
dudi s | Pusat Oleh-oleh Nabire Jalan Merdeka | 94.01 | h=titip jual keripik keladi, sagu kemasan dan ikan asap vakum yang sudah ber-PIRT {50:produk}
dudi s | Toko Mesin dan Freezer Sinar Nabire | 94.01 | s=jual chest freezer, vacuum sealer dan oven pengasap, bisa kredit 6 bulan
dudi s | Bengkel Las Oyehe | 94.01 | s=membuat rumah asap dan rak pengasapan stainless sesuai pesanan, berbayar
dudi s | Pengepul Ikan Cakalang Pelabuhan Samabusa | 94.01 | h=menjual cakalang dan tongkol segar ke pengolah dan pedagang {3:ton/minggu}
dudi s | Cold Storage CV Bahari Nabire | 94.01 | s=sewa ruang cold storage per kilo per hari bagi nelayan dan pengolah {5:ton}
dudi s | Swalayan Nabire Indah | 94.01 | h=konsinyasi produk UMKM berlabel halal dan berizin edar {40:produk}
dudi s | Toko Kemasan dan Plastik Vakum Kalibobo | 94.01 | s=jual plastik vakum, standing pouch dan label cetak
dudi s | Katering Proyek Wanggar | 94.01 | h=memesan ikan asap dan keripik untuk makan pekerja tambang dan proyek jalan {60:kg/bulan}
dudi s | Kapal Wisata Hiu Paus Kwatisore | 94.01 | h=memesan makanan ringan lokal untuk tamu wisata hiu paus di Teluk Cenderawasih {20:kg/bulan}
smk m | SMK Negeri 1 Nabire (Agribisnis Pengolahan Hasil Perikanan) | 94.01 | s=ruang produksi dengan freezer, vacuum sealer dan oven pengasap bisa dipakai kelompok binaan hari Sabtu {1} | p=siswa PKL pengolahan hasil perikanan yang mencari tempat praktik {20}
smk m | SMK Negeri 2 Nabire (Tata Boga) | 94.01 | t=guru tata boga bisa mengajar olahan keladi dan sagu {2} | p=siswa PKL tata boga yang mencari tempat praktik {24}
lkp m | LKP Tata Boga Mama Nabire | 94.01 | t=instruktur olahan pangan lokal {2} | p=kursus keripik keladi dan kue sagu, hasil peserta disalurkan ke toko jaringan alumni sendiri {15}
perguruan_tinggi m | Politeknik Perikanan Teluk Cenderawasih | 94.01 | t=dosen pendamping pengolahan dan izin edar {2} | s=laboratorium pengolahan ikan dengan smoke house bisa dipakai kelompok binaan {1} | p=pelatihan sanitasi dan pengemasan vakum ikan asap {25}
ormas m | TP PKK Kabupaten Nabire | 94.01 | p=kader PKK penggerak {40} | h=bazar PKK di Taman Gizi tiap bulan {20:produk}
ormas m | Dewan Adat Daerah Nabire | 94.01 | p=menjadi penghubung kampung-kampung dan sosialisasi program {10}
ormas m | Persekutuan Wanita Gereja KINGMI Nabire | 94.01 | h=memesan kue dan keripik untuk ibadah dan perayaan {100:kotak/tahun} | d=dana diakonia bagi anggota jemaat yang sakit atau berduka {Rp 10.000.000}
tokoh_masyarakat m | Mama Paulina Worabay (pengasap ikan senior) | 94.01 | t=mau mengajari cara mengasap ikan supaya tahan lama {1}
tokoh_masyarakat m | Bapak Kepala Kampung Oyehe | 94.01 | s=balai kampung untuk pertemuan dan kegiatan kelompok {1} | p=menggerakkan warga kampung {1}
koperasi m | Koperasi Nelayan Mina Samabusa | 94.01 | d=simpan pinjam anggota {Rp 60.000.000} | s=freezer koperasi bisa dipakai bersama, khusus anggota koperasi {1}
bumdes m | BUMKam Wadio Mandiri | 94.01 | h=kios BUMKam menjual olahan warga kampung {30:produk}
dudi s | Toko Ikan Asap Mama Yuli | 94.01 tidak | h=membeli ikan asap dari kelompok untuk dijual lagi {100:kg/bulan}
donor m | Yayasan Mama Keladi Nabire | 94.01 tidak | d=hibah modal bagi kelompok mama pengolah keladi {Rp 30.000.000}
dudi s | Kios Pasar Kalibobo | 94.01 x | h=bisa titip
donor m | Yayasan Nabire Sejahtera | 94.01 x | d=bantuan
ormas m | Kelompok Tani Keladi Moanemani | 94.06 | h=menjual keladi dan ubi dari Dogiyai ke Nabire {3:ton/bulan}
donor s | CSR Perusahaan Kayu Paniai | 94.03 | d=modal usaha bagi kampung sekitar konsesi di Distrik Paniai Timur {Rp 150.000.000}
dudi s | Toko Oleh-oleh Enarotali | 94.03 | h=titip jual kopi Paniai dan oleh-oleh {30:produk}
donor s | Dana Kemitraan Tujuh Suku Mimika | 94.04 | d=dana pemberdayaan bagi warga tujuh suku di Mimika {Rp 1 M}
dudi s | Supermarket Timika Jaya | 94.04 | h=membeli ikan asap dan abon dari Nabire lewat kapal Pelni tiap bulan {100:kg/bulan}
lkp m | LPK Pengolahan Ikan Biak | 91.06 | t=instruktur pengolahan ikan, kelas di Biak {2}
dudi s | Toko Oleh-oleh Abepura | 91.71 | h=titip jual makanan khas Papua {40:produk}
dudi s | Gerai Pangan Papua Jakarta (toko daring) | 31.74 | h=membeli keripik keladi dan sagu kemasan dari mama-mama Nabire tiap bulan, dikirim kargo {200:kg/bulan}
dudi s | PT Alat Perikanan Nusantara Jakarta | 31.74 | s=jual dan kirim mesin pengasap ikan dan vacuum sealer ke seluruh Indonesia
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Papua Pegunungan: Kabupaten Jayawijaya (95.01, Wamena)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_jayawijaya",
        "WMN",
        "Uraian Peran Serta",
        """
dinas g | Dinas Perindustrian, Perdagangan dan Koperasi Kabupaten Jayawijaya | 95.01 | d=dana bergulir bagi koperasi dan UMKM terdaftar, jasa 3 % per tahun {Rp 250.000.000} | p=pelatihan kemasan dan pengurusan NIB {30}
dinas g | Dinas Pertanian dan Perkebunan Kabupaten Jayawijaya | 95.01 | t=penyuluh kopi arabika pendamping petik merah dan pascapanen di Distrik Kurulu, Hubikosi dan Walelagama {3} | s=bantuan bibit kopi dan mesin pulper bagi kelompok tani kopi terdaftar, lewat proposal {10}
dinas g | Dinas Perkebunan Provinsi Papua Pegunungan | 95.01 | s=hibah mesin huller, roaster 5 kg dan grinder bagi koperasi kopi di Papua Pegunungan, lewat proposal dan verifikasi {3} | p=sekolah lapang pascapanen kopi {30}
dinas g | Dinas Pariwisata dan Kebudayaan Kabupaten Jayawijaya | 95.01 | h=stan kerajinan noken dan kopi di Festival Budaya Lembah Baliem setiap Agustus {50:produk}
dinas g | Dinas Sosial Kabupaten Jayawijaya | 95.01 | d=bantuan KUBE bagi keluarga miskin DTKS {Rp 20.000.000}
dinas g | Dinas Tenaga Kerja Kabupaten Jayawijaya | 95.01 | p=pelatihan menjahit dan pertukangan kayu bagi pencari kerja {24} | h=bursa kerja {80}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Jayawijaya | 95.01 | t=fasilitator pemberdayaan perempuan {2} | p=menghubungkan kelompok mama-mama dengan donor dan gereja {10}
blk g | UPTD BLK Wamena | 95.01 | t=instruktur menjahit dan rajut mesin {2} | s=ruang jahit bisa dipinjam {1} | p=pelatihan menjahit 160 JP {16}
donor m | BAZNAS Kabupaten Jayawijaya | 95.01 | d=zakat produktif modal usaha bagi mustahik {Rp 100.000.000}
donor s | Bank Papua Cabang Wamena | 95.01 | d=KUR dan kredit modal kerja koperasi {Rp 2 M}
donor g | Dana Otsus Jayawijaya untuk Ekonomi Kampung OAP | 95.01 | d=modal usaha Otsus bagi kelompok dan koperasi orang asli Papua, diusulkan lewat distrik {Rp 400.000.000}
donor s | Program Hibah Kopi Spesialti Indonesia Timur (seleksi nasional) | 31.74 | s=hibah alat pascapanen (pulper, huller, moisture meter) bagi koperasi kopi di Papua dan NTT, proposal daring dan seleksi {10}
donor m | Yayasan Noken Lestari (hibah nasional) | 31.74 | d=hibah bahan dan honor pelatih bagi kelompok perajin noken di Tanah Papua, proposal daring {Rp 25.000.000}
donor s | CSR Maskapai Penerbangan Perintis Wamena | 95.01 | d=subsidi ongkos kargo udara Wamena-Jayapura bagi produk koperasi dan UMKM binaan {Rp 50.000.000}
dudi s | Hotel Lembah Baliem Wamena | 95.01 | s=aula (sewa) | h=membeli kopi sangrai arabika Wamena untuk restoran dan oleh-oleh tamu {30:kg/bulan}
dudi s | Kafe Kopi Honai Wamena | 95.01 | h=membeli green bean arabika dari petani dan koperasi untuk disangrai sendiri {100:kg/bulan}
dudi s | Roastery Kopi Baliem Jalan Trikora | 95.01 | s=jasa sangrai kopi berbayar per kilo {200:kg/bulan} | h=membeli green bean grade 1 dengan harga premium {300:kg/bulan}
dudi s | Pedagang Pengumpul Kopi Pasar Jibama | 95.01 | h=membeli kopi gelondong merah dari kebun warga dengan harga pasar {1:ton/bulan}
dudi s | Toko Oleh-oleh Noken dan Kopi Wamena | 95.01 | h=titip jual noken, koteka, kopi bubuk dan madu dari perajin dan kelompok {50:produk}
dudi s | Toko Benang dan Bahan Kerajinan Wamena | 95.01 | s=jual benang nilon, benang wol dan kulit kayu untuk noken, bisa cicil
dudi s | Kontraktor Jalan Wamena-Habema | 95.01 | h=rekrut tenaga harian dan operator {30}
dudi s | Toko Mesin Pertanian Wamena | 95.01 | s=jual huller, pulper dan roaster kecil yang didatangkan dari Jayapura lewat kargo, bisa kredit
dudi s | Ekspedisi Kargo Udara Wamena | 95.01 | h=jasa kirim kargo Wamena-Jayapura, tarif per kilo
smk m | SMK Negeri 1 Wamena (Agribisnis Tanaman Perkebunan) | 95.01 | s=mesin pulper dan roaster praktik bisa dipakai koperasi mitra di luar jam praktik {2} | p=siswa PKL agribisnis kopi yang mencari tempat prakerin {20}
smk m | SMK Negeri 2 Wamena (Kriya Tekstil) | 95.01 | t=guru kriya tekstil bisa mengajar rajut dan pewarnaan alami sore hari {2} | s=ruang kriya bisa dipakai hari Sabtu {1}
lkp m | LKP Barista Lembah Baliem | 95.01 | t=instruktur barista dan roasting {2} | p=kursus barista, kopi praktik peserta dibeli dari roastery milik LKP sendiri {12}
lkp m | LKP Rajut dan Noken Mama Hubula | 95.01 | t=instruktur noken {2} | p=kursus noken, peserta dilibatkan dalam pesanan jaringan alumni sendiri {15}
pkbm m | PKBM Honai Belajar Wamena | 95.01 | p=warga belajar yang mencari pelatihan kecakapan hidup {30}
perguruan_tinggi m | Universitas Lembah Baliem (Fakultas Pertanian) | 95.01 | t=dosen pendamping mutu kopi dan uji cita rasa {2} | s=laboratorium uji cita rasa kopi bisa dipakai koperasi binaan {1}
ormas m | TP PKK Kabupaten Jayawijaya | 95.01 | h=bazar PKK di Lapangan Pendidikan Wamena tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Jayawijaya | 95.01 | h=gerai Dekranasda di Bandara Wamena dan kurasi noken untuk pameran di Jakarta {60:produk}
ormas m | Lembaga Masyarakat Adat Balim | 95.01 | p=sosialisasi program lewat kepala suku {10} | h=memesan noken untuk acara adat dan tamu {30:buah/tahun}
ormas m | Persekutuan Wanita GIDI Klasis Wamena | 95.01 | t=mama-mama perajin noken senior bisa mengajar kelompok lain tiap minggu {3} | h=memesan noken untuk cendera mata tamu gereja {50:buah/tahun}
ormas m | Asosiasi Petani Kopi Arabika Baliem | 95.01 | p=pertemuan anggota dan informasi harga | h=informasi pembeli kopi dari luar Papua bagi anggota
tokoh_masyarakat m | Mama Helena Wetipo (perajin noken senior) | 95.01 | t=mau mengajari membuat noken kulit kayu dan pewarna alami dua kali seminggu {1}
tokoh_masyarakat m | Bapak Kepala Suku Kurulu | 95.01 | p=menggerakkan warga dan petani kopi {1}
pusat_karya m | Sanggar Noken Kurulu | 95.01 | t=perajin noken {2} | p=magang membuat noken {4} | h=membeli noken dari perajin {40:buah/bulan}
koperasi m | Koperasi Kopi Kurulu Jaya | 95.01 | s=huller koperasi, hanya untuk kopi anggota sendiri {1} | h=menjual kopi anggota ke Jayapura {2:ton/tahun}
bumdes m | BUMKam Hubikosi | 95.01 | h=kios BUMKam menjual hasil kebun warga {30:produk}
dudi s | Usaha Keripik Hipere Wamena | 95.01 | h=membeli ubi jalar (hipere) dari petani {2:ton/bulan}
dudi s | Toko Kopi Baliem Asli | 95.01 tidak | h=membeli kopi sangrai dari koperasi {100:kg/bulan}
tokoh_masyarakat m | Mama Yakomina Lokobal (perajin noken) | 95.01 tidak | t=mau mengajar noken {1}
dudi s | Kios Kopi Sinakma | 95.01 x | h=bisa beli kopi
donor m | Yayasan Wamena Peduli | 95.01 x | d=bantuan
dudi s | Pedagang Kopi Tiom | 95.07 | h=membeli kopi dari petani Lanny Jaya dan menjual ke Wamena {500:kg/bulan}
ormas m | Kelompok Perajin Noken Karubaga | 95.04 | t=perajin noken yang bisa diundang mengajar {2}
donor s | CSR Kontraktor Jalan Yahukimo | 95.03 | d=modal usaha bagi kampung di sepanjang ruas jalan Dekai {Rp 200.000.000}
dudi s | Penginapan Tiom | 95.07 | h=membeli kopi bubuk untuk tamu {5:kg/bulan}
dudi s | Kafe Kopi Papua Abepura | 91.71 | h=membeli green bean arabika Wamena tiap bulan lewat kargo udara {200:kg/bulan}
lkp m | LPK Kriya Jayapura | 91.71 | t=instruktur rajut dan noken, kelas di Jayapura {2}
dudi s | Toko Oleh-oleh Sentani | 91.03 | h=titip jual oleh-oleh Papua {40:produk}
dudi s | PT Kopi Nusantara Ekspor Jakarta | 31.74 | h=kontrak pembelian green bean arabika Wamena grade 1 dari koperasi, minimal 2 ton per tahun {5:ton/tahun}
dudi s | Galeri Kriya Nusantara Jakarta | 31.74 | h=membeli noken dari perajin Papua tiap bulan, dikirim kargo {100:buah/bulan}
dudi s | Toko Mesin Kopi Jakarta | 31.74 | s=jual mesin roaster dan huller, kirim ke seluruh Indonesia
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 4. Jawa Timur: Kabupaten Jember (35.09)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_jember",
        "JBR",
        "Ringkasan Penawaran Mitra",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Jember | 35.09 | p=pelatihan kewirausahaan bagi purna PMI dan keluarganya di desa kantong PMI {40} | h=bursa kerja dan layanan AK/1 {300}
dinas g | Dinas Koperasi dan Usaha Mikro Kabupaten Jember | 35.09 | d=dana bergulir bagi usaha mikro terdaftar, jasa 3 % per tahun {Rp 500.000.000} | p=pelatihan pengelolaan keuangan usaha mikro {40}
dinas g | Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Jember | 35.09 | t=penyuluh pertanian lapangan bisa menjadi guru tamu di SMK {3} | p=sekolah lapang tembakau dan kopi bagi kelompok tani {50}
dinas g | Cabang Dinas Pendidikan Provinsi Jawa Timur Wilayah Jember | 35.09 | t=pengawas SMK {2} | p=memfasilitasi MoU prakerin SMK dengan DUDI {10}
dinas g | Dinas Sosial Kabupaten Jember | 35.09 | d=bantuan KUBE bagi keluarga DTKS {Rp 20.000.000}
dinas g | Dinas Pemberdayaan Perempuan dan KB Kabupaten Jember | 35.09 | d=bantuan modal usaha bagi perempuan korban KDRT dan TPPO, termasuk purna PMI korban perdagangan orang {Rp 40.000.000} | p=pendampingan psikososial dan pelatihan usaha {20}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Jember | 35.09 | p=pelatihan batik labako dan kemasan IKM {25} | h=galeri IKM di Alun-alun dan stan di Jember Fashion Carnaval {40:produk}
blk g | UPT BLK Jember (Disnakertrans Provinsi Jawa Timur) | 35.09 | t=instruktur pengolahan hasil pertanian bersertifikat {3} | p=pelatihan calon PMI bahasa dan perawat lansia, serta pelatihan wirausaha bagi purna PMI {32}
donor m | BAZNAS Kabupaten Jember | 35.09 | d=Jember Makmur: zakat produktif modal usaha bagi mustahik dan kelompok usaha mustahik {Rp 300.000.000}
donor s | Bank Jatim Cabang Jember | 35.09 | d=KUR mikro dan kredit usaha bagi purna PMI, sampai 50 juta per orang {Rp 5 M}
donor s | TJSL PT Perkebunan Nusantara Regional Jember | 35.09 | d=Pendanaan Usaha Mikro dan Kecil (PUMK) bagi usaha di desa sekitar kebun, bunga rendah {Rp 1 M} | p=menerima siswa SMK prakerin di kebun dan pabrik pengolahan kopi dan karet {20}
donor s | CSR Pabrik Semen Puger | 35.09 | d=bantuan modal usaha bagi desa ring 1 Kecamatan Puger {Rp 200.000.000}
donor m | LAZ Pesantren Al-Ikhlas Jember | 35.09 | d=modal usaha tanpa bunga bagi santri alumni pesantren {Rp 50.000.000}
donor s | Program Hibah Pemberdayaan Purna Pekerja Migran (seleksi nasional) | 31.74 | d=hibah modal kelompok usaha purna PMI dari kantong migran seluruh Indonesia, proposal daring {Rp 50.000.000}
donor m | Yayasan Migran Sejahtera Jakarta | 31.74 | p=pelatihan literasi keuangan dan usaha daring bagi purna PMI se-Indonesia {100}
dudi s | PT Agro Edamame Jember Lestari | 35.09 | p=prakerin siswa SMK pertanian di kebun dan pabrik pembekuan edamame, 3 bulan, uang makan {15} | h=rekrut lulusan SMK sebagai staf quality control dan mandor {10}
dudi s | Gudang Tembakau Na-Oogst PT Tembakau Besuki | 35.09 | p=praktik kerja siswa di gudang fermentasi dan sortasi tembakau Na-Oogst {10} | h=rekrut tenaga sortir musiman {100}
dudi s | Kelompok Kopi Rakyat Sidomulyo Silo | 35.09 | p=magang pascapanen kopi robusta bagi siswa dan pemuda {6}
dudi s | Hotel Tidar Jember | 35.09 | p=PKL siswa perhotelan {8}
dudi s | Toko Pertanian dan Pupuk Tani Makmur Ambulu | 35.09 | s=jual pupuk dan benih, bisa tempo bagi kelompok tani
dudi s | Pabrik Cerutu Besuki Jember | 35.09 | p=magang melinting cerutu {8} | h=rekrut pelinting cerutu lulusan SMK {20}
dudi s | Swalayan Sumber Rejeki Jember | 35.09 | h=konsinyasi produk UMKM berizin PIRT dan halal {40:produk}
dudi s | Toko Oleh-oleh Prol Tape dan Suwar-suwir Jember | 35.09 | h=membeli putus prol tape dan suwar-suwir dari produsen rumahan {200:kotak/bulan}
dudi s | P3MI PT Lintas Negeri Jember | 35.09 | d=talangan biaya penempatan bagi calon PMI yang berangkat lewat perusahaan {Rp 500.000.000} | p=pelatihan bahasa Mandarin dan perawat lansia untuk calon PMI {60}
dudi s | KSP Mitra Pasar Tanjung | 35.09 | d=pinjaman harian bagi pedagang Pasar Tanjung, angsuran harian, bunga 20 % {Rp 300.000.000}
smk m | SMK Negeri 5 Jember (Agribisnis Pengolahan Hasil Pertanian) | 35.09 | s=laboratorium pengolahan hasil pertanian {1} | p=siswa PKL yang mencari tempat prakerin {36}
smk m | SMK Pesantren Darul Falah Sumberbaru | 35.09 | p=siswa PKL agribisnis tanaman yang mencari tempat prakerin {20}
lkp m | LPK Bahasa dan Keterampilan Calon PMI Tanggul | 35.09 | p=kursus bahasa Korea dan Jepang bagi calon PMI {40}
lkp m | LKP Batik Labako Sumberjambe | 35.09 | t=instruktur batik labako {2} | p=kursus membatik motif daun tembakau {15} | h=membeli kain batik peserta {30:lembar/bulan}
pkbm m | PKBM Al-Hikmah Wuluhan | 35.09 | s=ruang belajar bisa dipakai kelompok warga {1} | p=kelas Paket C bagi purna PMI dan kecakapan hidup menjahit {30}
perguruan_tinggi m | Universitas Tapal Kuda Jember (Fakultas Pertanian) | 35.09 | t=dosen agribisnis menjadi guru tamu SMK {2} | p=magang siswa SMK di kebun percobaan dan laboratorium benih {10}
perguruan_tinggi m | Politeknik Agroindustri Jember | 35.09 | p=pengabdian masyarakat: pelatihan usaha dan pembukuan bagi kelompok purna PMI binaan di Ambulu dan Wuluhan {25}
ormas m | TP PKK Kabupaten Jember | 35.09 | p=kader PKK penggerak {40} | h=bazar UMKM di Alun-alun Jember tiap Minggu pagi {25:produk}
ormas m | Yayasan Karnaval Busana Jember | 35.09 | t=desainer kostum {3} | h=stan UMKM di arena karnaval tiap Agustus {30:produk}
ormas m | Paguyuban Pekerja Migran Tapal Kuda | 35.09 | d=iuran solidaritas hanya untuk anggota yang mengalami kasus {Rp 15.000.000} | p=pendataan dan pendampingan hukum purna PMI {50}
tokoh_masyarakat m | KH. Abdul Mukti (pengasuh Ponpes Miftahul Ulum Kalisat) | 35.09 | s=lahan praktik pertanian pesantren bisa dipakai siswa SMK mitra {2:hektare} | p=menggerakkan wali santri dan warga {1}
tokoh_masyarakat m | Ibu Siti Aminah (purna PMI Hong Kong, pengusaha katering) | 35.09 | t=mau berbagi pengalaman usaha dan menjadi mentor purna PMI {1}
pusat_karya m | Sentra Kerajinan Bambu Mangli | 35.09 | p=magang kerajinan bambu {4} | h=rekrut perajin {5}
koperasi m | Koperasi Wanita Purna Migran Sejahtera Ambulu | 35.09 | d=simpan pinjam khusus anggota, angsuran bulanan {Rp 150.000.000}
bumdes m | BUMDes Tanjungrejo Wuluhan | 35.09 | d=penyertaan modal usaha bagi warga Desa Tanjungrejo {Rp 75.000.000}
dudi s | PT Kebun Karet dan Kakao Sumberwadung | 35.09 | p=prakerin siswa SMK di kebun karet dan kakao, mess disediakan {12}
dudi s | Gudang Tembakau Ajung | 35.09 tidak | p=PKL siswa SMK di gudang tembakau {10}
donor m | Yayasan Purna Migran Jember | 35.09 tidak | d=hibah modal usaha purna PMI {Rp 50.000.000}
dudi s | Kebun Edamame Pak Haji | 35.09 x | p=bisa terima PKL
donor m | Yayasan Jember Berbagi | 35.09 x | d=bantuan
dudi s | Kebun Kopi Arabika Ijen Sukosari | 35.11 | p=prakerin siswa SMK di kebun dan pengolahan kopi arabika Ijen, mess disediakan {10}
donor s | CSR Tambang Emas Tumpang Pitu | 35.10 | d=bantuan modal usaha bagi desa ring 1 Kecamatan Pesanggaran {Rp 300.000.000}
dudi s | Pabrik Gula Lumajang Makmur | 35.08 | p=magang siswa SMK di kebun tebu dan pabrik gula pada musim giling {15}
dudi s | PT Agro Hortikultura Surabaya | 35.78 | h=rekrut lulusan SMK pertanian untuk greenhouse di Jawa Timur {10}
lkp m | LPK Purna Migran Banyuwangi | 35.10 | p=pelatihan usaha dan pendampingan bagi purna PMI Banyuwangi {20}
dudi s | PT Bali Agro Organik Denpasar | 51.71 | p=magang siswa SMK pertanian 6 bulan di kebun organik, mess dan uang saku {12}
dudi s | PT Agrobisnis Nasional Jakarta | 31.74 | p=program magang nasional bagi siswa SMK pertanian di perkebunan mitra di Jawa Timur, termasuk Jember {30}
ormas m | Paguyuban Purna PMI Lumajang | 35.08 | d=arisan modal khusus anggota paguyuban {Rp 20.000.000}
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
