"""Write the ninth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Sosial Kabupaten Garut"); what
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

    python3 data/eval/national9/make_national9.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20_28_0121
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
    "32.05": ("Kabupaten Garut", -7.35945, 107.78794),
    "32.06": ("Kabupaten Tasikmalaya", -7.49674, 108.14157),
    "32.78": ("Kota Tasikmalaya", -7.36053, 108.21912),
    "32.04": ("Kabupaten Bandung", -7.09759, 107.60873),
    "32.73": ("Kota Bandung", -6.91924, 107.6366),
    "32.11": ("Kabupaten Sumedang", -6.82475, 107.98127),
    "33.74": ("Kota Semarang", -7.0239, 110.39152),
    "73.08": ("Kabupaten Bone", -4.69499, 120.13005),
    "73.12": ("Kabupaten Soppeng", -4.33704, 119.89338),
    "73.07": ("Kabupaten Sinjai", -5.20928, 120.13542),
    "73.13": ("Kabupaten Wajo", -3.99183, 120.17284),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "74.01": ("Kabupaten Kolaka", -4.07451, 121.52199),
    "61.05": ("Kabupaten Sintang", 0.0926, 112.05439),
    "61.10": ("Kabupaten Melawi", -0.63044, 111.7246),
    "61.06": ("Kabupaten Kapuas Hulu", 0.8256, 112.80355),
    "61.09": ("Kabupaten Sekadau", -0.01714, 110.94893),
    "61.71": ("Kota Pontianak", -0.02578, 109.3317),
    "62.71": ("Kota Palangkaraya", -2.00746, 113.76747),
    "52.02": ("Kabupaten Lombok Tengah", -8.72215, 116.28984),
    "52.71": ("Kota Mataram", -8.59015, 116.11096),
    "52.01": ("Kabupaten Lombok Barat", -8.66547, 116.09346),
    "52.03": ("Kabupaten Lombok Timur", -8.53232, 116.53081),
    "52.04": ("Kabupaten Sumbawa", -8.7033, 117.48426),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "31": ["DKI JAKARTA", "DKI"],
    "32": ["JAWA BARAT", "JABAR", "PROV. JAWA BARAT", "PROVINSI JAWA BARAT"],
    "33": ["JAWA TENGAH", "JATENG"],
    "51": ["BALI", "PROV. BALI"],
    "52": ["NUSA TENGGARA BARAT", "NTB", "PROV. NTB", "PROVINSI NUSA TENGGARA BARAT"],
    "61": ["KALIMANTAN BARAT", "KALBAR", "PROV. KALBAR", "PROVINSI KALIMANTAN BARAT"],
    "62": ["KALIMANTAN TENGAH", "KALTENG"],
    "73": ["SULAWESI SELATAN", "SULSEL", "PROV. SULSEL", "PROVINSI SULAWESI SELATAN"],
    "74": ["SULAWESI TENGGARA", "SULTRA"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "32.05": ["!", "KAB. GARUT", "GARUT", "KABUPATEN GARUT", "KAB. GARUT (TAROGONG)", "KAB GARUT"],
    "32.06": ["TASIKMALAYA", "KAB. TASIK", "KAB. TASIKMALAYA (SINGAPARNA)"],
    "32.78": ["KOTA TASIK", "TASIKMALAYA"],
    "32.04": ["BANDUNG", "KAB. BANDUNG (SOREANG)"],
    "32.73": ["BANDUNG", "KODYA BANDUNG", "KOTAMADYA BANDUNG"],
    "32.11": ["SUMEDANG"],
    "33.74": ["SEMARANG"],
    "73.08": ["!", "KAB. BONE", "BONE", "KAB. BONE (WATAMPONE)", "WATAMPONE", "KAB BONE"],
    "73.12": ["SOPPENG", "KAB. SOPPENG (WATANSOPPENG)"],
    "73.07": ["SINJAI", "KAB. SINJAI (BALANGNIPA)"],
    "73.13": ["WAJO", "KAB. WAJO (SENGKANG)", "SENGKANG"],
    "73.71": ["MAKASSAR", "UJUNG PANDANG", "KOTA UJUNG PANDANG"],
    "74.01": ["KOLAKA"],
    "61.05": ["!", "KAB. SINTANG", "SINTANG", "KABUPATEN SINTANG", "KAB. SINTANG (KALBAR)"],
    "61.10": ["MELAWI", "KAB. MELAWI (NANGA PINOH)", "NANGA PINOH"],
    "61.06": ["KAPUAS HULU", "KAB. KAPUAS HULU (PUTUSSIBAU)", "KAPUAS"],
    "61.09": ["SEKADAU"],
    "61.71": ["PONTIANAK", "KOTA PONTIANAK", "PTK"],
    "62.71": ["PALANGKARAYA", "PALANGKA RAYA"],
    "52.02": [
        "!",
        "KAB. LOMBOK TENGAH",
        "LOMBOK TENGAH",
        "LOTENG",
        "KAB. LOTENG",
        "KAB. LOMBOK TENGAH (PRAYA)",
        "PRAYA",
    ],
    "52.71": ["MATARAM", "KOTA MATARAM"],
    "52.01": ["LOMBOK BARAT", "LOBAR", "KAB. LOMBOK BARAT (GERUNG)"],
    "52.03": ["LOMBOK TIMUR", "LOTIM", "KAB. LOMBOK TIMUR (SELONG)"],
    "52.04": ["SUMBAWA", "SUMBAWA BESAR"],
    "51.71": ["DENPASAR"],
    "31.74": ["JAKARTA SELATAN", "JAKSEL"],
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
# 1. Jawa Barat: Kabupaten Garut (32.05)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_garut",
        "GRT",
        "Tawaran Kerja Sama",
        """
dinas g | Dinas Koperasi, UKM dan Perdagangan Kabupaten Garut | 32.05 | d=pinjaman dana bergulir bagi UMKM ber-NIB, jasa 3 % per tahun, plafon s.d. Rp 50 jt per usaha {Rp 500.000.000} | p=pelatihan pemasaran digital dan foto produk bagi UMKM binaan {30} | h=gerai UMKM di Pendopo dan stan di Garut Intan Expo {40:produk}
dinas g | UPTD Sentra Industri Kulit Sukaregang (Disperindag Kab. Garut) | 32.05 | t=desainer pendamping produk kulit {1} | s=mesin jahit kulit post-bed dan mesin seset di rumah produksi bersama, bisa dipakai IKM kulit terdaftar {6} | p=pelatihan pola jaket kulit dan finishing {20}
dinas g | Dinas Pariwisata dan Kebudayaan Kabupaten Garut | 32.05 | t=memfasilitasi dan menghubungkan ke narasumber sadar wisata dan pelayanan prima dari provinsi {2} | h=stan suvenir dan kuliner di Festival Cipanas dan Hari Jadi Garut {30:produk}
dinas g | Dinas Sosial Kabupaten Garut | 32.05 | d=bantuan KUBE bagi keluarga penerima PKH yang terdaftar di DTKS {Rp 20.000.000} | p=bimbingan keterampilan bagi PPKS dan penyandang disabilitas {20}
dinas g | Dinas Pertanian Kabupaten Garut | 32.05 | t=penyuluh pendamping kebun jeruk Garut dan akar wangi {3} | s=bantuan bibit jeruk keprok Garut bagi poktan {2000:bibit}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Barat | 32.73 | p=pemagangan dalam negeri di hotel dan industri se-Jawa Barat, peserta diusulkan Disnaker kabupaten/kota {40} | h=job fair provinsi dan bursa kerja daring {300}
blk g | UPTD Balai Latihan Kerja Kabupaten Garut | 32.05 | t=instruktur menjahit, las listrik dan tata boga {3} | s=workshop menjahit dan dapur praktik {2} | p=pelatihan berbasis kompetensi menjahit dan las 160 JP {32}
blk g | Balai Besar Pelatihan Vokasi dan Produktivitas (BBPVP) Bandung | 32.73 | t=instruktur pariwisata (barista, F&B service, housekeeping) bersertifikat BNSP, dapat ditugaskan ke BLK dan dinas kabupaten dengan surat permohonan {4} | p=pelatihan vokasi perhotelan berasrama di Bandung {32}
lkp m | LKP Barista Kopi Papandayan | 32.05 | t=instruktur barista bersertifikat BNSP bisa mengajar di lembaga lain, honor per JP {2} | s=bar praktik dengan 2 mesin espresso, sewa harian {1} | p=kursus barista dan magang di kafe jaringan alumni {12}
lkp m | LKP Desain dan Jahit Kulit Garut | 32.05 | p=kursus pola dan jahit tas dan jaket kulit {15} | h=menyalurkan alumni kursus ke pabrik jaket kulit Sukaregang {10}
dudi s | Toko Jaket Kulit Sukaregang Jaya (Jl. Ahmad Yani) | 32.05 | h=membeli putus jaket, tas dan dompet kulit dari perajin rumahan Sukaregang, dibayar tunai tiap Sabtu {150:potong/bulan}
dudi s | CV Garut Leather Export | 32.05 | h=ambil dompet dan sabuk kulit domba mutu A untuk ekspor ke Malaysia dan Brunei, kontrak 6 bulan {500:potong/bulan}
dudi s | Penyamakan Kulit Cilisung Sukaregang | 32.05 | h=menjual kulit domba dan sapi tersamak ke perajin, tempo 30 hari bagi pelanggan tetap {2000:feet/minggu}
dudi s | Toko Aksesoris dan Bahan Tas Mekar Sukaregang | 32.05 | s=jual resleting, gesper, benang nilon dan lem kulit, bisa cicil untuk kelompok
dudi s | Pusat Oleh-oleh Dodol dan Kulit Jl. Pembangunan | 32.05 | h=titip jual dodol Garut, kerupuk kulit, jaket dan dompet kulit serta batik Garutan dari UMKM {60:produk}
dudi s | Pabrik Dodol Sinar Priangan | 32.05 | p=magang produksi dodol bagi siswa SMK {6} | h=rekrut karyawan produksi dan pengemasan {10}
dudi s | Hotel Kampung Sumber Alam Cipanas | 32.05 | t=supervisor F&B bisa menjadi instruktur tamu pelatihan pemerintah, tanpa biaya {1} | p=on the job training F&B service {6} | h=rekrut pramusaji dan barista lulusan pelatihan {4}
dudi s | Hotel Cipanas Sari Indah | 32.05 | s=ruang pertemuan dan pantry untuk praktik (sewa) | h=menerima lulusan pelatihan sebagai waiter harian saat musim libur {6}
dudi s | Kafe Kopi Cikuray Tarogong | 32.05 | t=head barista mau mengajar latte art tiap Sabtu, sukarela {1} | h=rekrut barista lulusan pelatihan {2}
dudi s | Roastery Kopi Arabika Papandayan Cisurupan | 32.05 | h=menjual green bean dan kopi sangrai ke kafe dan lembaga pelatihan {300:kg/bulan}
dudi s | Distributor Mesin Kopi Bandung Espresso | 32.73 | s=jual dan sewa mesin espresso dan grinder, garansi servis 1 tahun {10}
dudi s | Toko Batik Garutan Tulis Ciwalen | 32.05 | h=membeli kain batik tulis Garutan dari pembatik rumahan {40:lembar/bulan}
koperasi m | Koperasi Produsen Akar Wangi Samarang | 32.05 | d=pinjaman bibit dan pupuk khusus anggota {Rp 80.000.000} | h=membeli akar wangi basah dari petani anggota untuk disuling {5:ton/bulan}
dudi s | PT Atsiri Cikuray (penyulingan minyak akar wangi) | 32.05 | d=CSR modal usaha bagi petani akar wangi di ring 1 Kecamatan Samarang dan Pasirwangi {Rp 100.000.000}
donor m | BAZNAS Kabupaten Garut | 32.05 | d=Garut Makmur: zakat produktif berupa modal usaha bagi mustahik perorangan dan kelompok usaha mustahik, maks. Rp 5 jt per orang {Rp 400.000.000}
donor s | Bank BJB Cabang Garut | 32.05 | d=KUR mikro dan Kredit Mesra tanpa agunan s.d. Rp 50 jt bagi pelaku usaha {Rp 3 M}
donor s | TJSL PT Panas Bumi Papandayan | 32.05 | d=bantuan modal dan peralatan bagi UMKM di desa ring 1 Kecamatan Pasirwangi dan Samarang {Rp 250.000.000} | p=pelatihan pemandu wisata alam bagi pemuda desa ring 1 {20}
donor s | Program Hibah Pengembangan Produk Kreatif (seleksi nasional) | 31.74 | d=hibah modal dan pendampingan bagi kelompok perajin fesyen dan kriya dari seluruh Indonesia, proposal daring {Rp 50.000.000}
donor m | LAZ Dompet Amanah Garut | 32.05 | d=qardhul hasan bagi PKL Alun-alun dan pedagang Pasar Guntur, maks. Rp 2 jt per orang {Rp 50.000.000}
smk m | SMK Negeri 1 Garut (Kuliner dan Perhotelan) | 32.05 | t=guru tata boga dan F&B bisa mengajar sore hari dengan izin kepala sekolah {2} | s=dapur dan restoran praktik dengan mesin espresso bisa dipakai lembaga lain hari Sabtu {1} | p=siswa PKL yang mencari tempat prakerin {36}
smk m | SMK Negeri 3 Garut (Kriya Kreatif Kulit) | 32.05 | t=guru kriya kulit {2} | s=bengkel kriya kulit sekolah | p=siswa PKL kriya kulit mencari tempat magang di perajin {24}
pkbm m | PKBM Al-Hikmah Karangpawitan | 32.05 | p=warga belajar paket C peminatan menjahit yang mencari tempat praktik {20}
ormas m | Pondok Pesantren Darussalam Wanaraja (Kopontren) | 32.05 | h=kopontren membeli tas, sabuk dan dompet kulit untuk perlengkapan santri dan suvenir jamaah haji {200:potong/tahun}
perguruan_tinggi m | Universitas Garut (Prodi Bisnis Digital) | 32.05 | t=dosen pendamping pemasaran digital {2} | p=pelatihan foto produk, marketplace dan live selling bagi UMKM binaan, gratis {25}
perguruan_tinggi m | Akademi Pariwisata Priangan Garut | 32.05 | t=dosen F&B dan barista bersertifikat kompetensi, bisa mengajar di pelatihan pemerintah {2} | s=laboratorium barista dan restoran bisa dipinjam instansi {1}
ormas m | TP PKK Kabupaten Garut | 32.05 | p=kader PKK penggerak {40} | h=bazar UMKM PKK tiap Minggu pagi di Alun-alun Garut {25:produk}
ormas m | Asosiasi Penyamak dan Perajin Kulit Sukaregang | 32.05 | p=pertemuan rutin dan info pameran | h=meneruskan pesanan jaket dan tas kulit dari pembeli luar kota ke 60 anggota
ormas m | PHRI BPC Kabupaten Garut | 32.05 | h=menyalurkan lulusan pelatihan ke 30 hotel dan restoran anggota di Cipanas dan Tarogong {20}
ormas m | Dekranasda Kabupaten Garut | 32.05 | h=gerai Dekranasda dan kurasi produk kulit dan batik Garutan untuk pameran Inacraft di Jakarta {40:produk}
tokoh_masyarakat m | Abah Dadang (perajin jaket kulit senior Sukaregang) | 32.05 | t=mau mengajari teknik pola dan jahit jaket kulit kepada anak muda {1}
tokoh_masyarakat m | Kang Rizal (juara barista tingkat Jawa Barat) | 32.05 | t=siap menjadi instruktur tamu barista dan latte art, bersertifikat BNSP {1}
koperasi m | Koperasi Simpan Pinjam Perajin Kulit Sukaregang | 32.05 | d=pinjaman modal beli kulit bagi anggota, angsuran mingguan {Rp 200.000.000}
bumdes m | BUMDes Sukarasa Samarang | 32.05 | h=kios BUMDes di objek wisata menjual kopi dan suvenir buatan warga {20:produk}
dudi s | Lapak Kulit Garut Online | 32.05 | h=menjual jaket dan tas kulit Sukaregang di marketplace dan live, ambil dari perajin sistem dropship, bagi hasil 15 % {200:potong/bulan}
dudi s | Sentra Dorokdok (kerupuk kulit) Sukaregang | 32.05 | h=menampung dan memasarkan kerupuk kulit produksi ibu-ibu Sukaregang ke toko oleh-oleh {300:bungkus/bulan}
dudi s | Kafe dan Akademi Kopi Garut Kota | 32.05 tidak | t=instruktur barista {2} | s=mesin espresso praktik {2}
dudi s | Toko Jaket Kulit Domba Prima | 32.05 tidak | h=membeli jaket kulit dari perajin {100:potong/bulan}
dudi s | Toko Kulit Bu Euis | 32.05 x | h=bisa titip jual
donor m | Yayasan Garut Berbagi | 32.05 x | d=bantuan
dudi s | Toko Kerajinan Rajapolah | 32.06 | h=menjual anyaman mendong dan pandan, juga titip jual kerajinan kulit dari Garut {30:produk}
lkp m | LKP Barista dan Kuliner Tasikmalaya | 32.78 | t=instruktur barista bersertifikat BNSP bisa mengajar di luar kota, transport ditanggung pengundang {1} | p=kursus barista {12}
dudi s | PT Sepatu Kulit Priangan (Kab. Bandung) | 32.04 | h=menerima subkontrak jahit upper sepatu kulit dari kelompok perajin di Priangan {2000:pasang/bulan}
dudi s | Toko Sepatu Kulit Cibaduyut | 32.73 | h=membeli sepatu dan sandal kulit dari perajin Cibaduyut {300:pasang/bulan}
dudi s | Hotel Braga Heritage Bandung | 32.73 | t=F&B manager bisa menjadi instruktur tamu barista satu hari {1} | h=rekrut barista {3}
blk g | UPTD Balai Latihan Kerja Sumedang | 32.11 | t=instruktur tata boga {2}
dudi s | Distro Fesyen Kulit Jakarta (toko daring) | 31.74 | h=mengambil jaket kulit domba dari perajin Sukaregang Garut tiap bulan, dikirim ekspedisi {100:potong/bulan}
dudi s | Toko Oleh-oleh Bandeng Semarang | 33.74 | h=titip jual makanan khas Jawa Tengah {40:produk}
""",
    )
)

# ---------------------------------------------------------------------------------------------
# 2. Sulawesi Selatan: Kabupaten Bone (73.08)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_bone",
        "BON",
        "Rencana Kontribusi",
        """
dinas g | Dinas Koperasi dan UKM Kabupaten Bone | 73.08 | d=pinjaman dana bergulir bagi koperasi dan KUB terdaftar, jasa 2 % per tahun, maks. Rp 50 jt per kelompok {Rp 400.000.000} | p=pelatihan kemasan dan pendampingan PIRT serta sertifikat halal {30}
dinas g | Dinas Perindustrian Kabupaten Bone | 73.08 | t=pendamping desain motif sarung Bugis {1} | s=bantuan ATBM (alat tenun bukan mesin) bagi kelompok penenun binaan lewat proposal {10}
dinas g | Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Selatan | 73.71 | s=bantuan mesin pengolahan kacang mete (kacip, oven pengering, sealer) bagi IKM pangan kabupaten, diusulkan dinas kabupaten {8} | h=kurasi produk untuk gerai Sulsel di Makassar {40:produk}
dinas g | Dinas Pertanian dan Perkebunan Kabupaten Bone | 73.08 | t=penyuluh perkebunan kakao dan jambu mete {3} | s=bibit jambu mete unggul dan gunting pangkas bagi poktan {3000:bibit}
dinas g | Dinas Kelautan dan Perikanan Kabupaten Bone | 73.08 | s=bantuan cool box, jaring dan mesin ketinting bagi nelayan Teluk Bone {30} | p=pelatihan olahan ikan bagi istri nelayan {25}
dinas g | Dinas Sosial Kabupaten Bone | 73.08 | d=bantuan KUBE bagi keluarga DTKS {Rp 20.000.000}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Bone | 73.08 | d=bantuan modal usaha perempuan kepala keluarga, Rp 3 jt per orang {Rp 45.000.000} | p=pelatihan kewirausahaan perempuan {30}
dinas g | Dinas Pariwisata Kabupaten Bone | 73.08 | h=stan kerajinan dan kuliner di Hari Jadi Bone dan Festival Teluk Bone {30:produk}
dinas g | Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Bone | 73.08 | d=memfasilitasi dan menghubungkan kelompok dengan program CSR dan dana desa
blk g | UPTD Balai Latihan Kerja Kabupaten Bone | 73.08 | t=instruktur menjahit dan pengolahan pangan {2} | s=ruang produksi pangan dengan oven dan sealer bisa dipinjam kelompok binaan {1} | p=pelatihan pengolahan pangan lokal 120 JP {16}
donor m | BAZNAS Kabupaten Bone | 73.08 | d=Bone Berdaya: zakat produktif berupa modal dan bahan usaha bagi kelompok usaha mustahik {Rp 300.000.000}
donor s | Bank Sulselbar Cabang Watampone | 73.08 | d=KUR mikro tanpa agunan s.d. Rp 50 jt dan kredit kelompok tanggung renteng {Rp 2 M}
donor s | TJSL Pelabuhan Penyeberangan Bajoe | 73.08 | d=hibah peralatan usaha (oven, sealer, freezer) bagi UMKM di kelurahan ring 1 Kecamatan Tanete Riattang Timur {Rp 150.000.000}
donor s | CSR PT Tambang Nikel Pomalaa | 74.01 | d=bantuan modal bagi desa lingkar tambang Kecamatan Pomalaa {Rp 300.000.000}
donor s | Program Revitalisasi Tenun Tradisional (seleksi nasional) | 31.74 | d=bantuan modal kerja dan benang bagi kelompok penenun kain tradisional dari seluruh Indonesia, proposal daring {Rp 35.000.000}
donor s | Program Bantuan Alat Pascapanen Jambu Mete (seleksi nasional) | 31.74 | s=bantuan mesin kacip dan oven mete bagi kelompok di sentra mete, lewat usulan dinas kabupaten dan seleksi {20}
donor m | LAZ Arung Palakka Peduli | 73.08 | d=qardhul hasan bagi pedagang Pasar Sentral Palakka, maks. Rp 2 jt per orang {Rp 40.000.000}
dudi s | Toko Sarung Sutra Bugis Jl. Sulawesi Watampone | 73.08 | h=membeli putus lipa' sabbe (sarung sutra tenun tangan) dari penenun rumahan {60:lembar/bulan}
dudi s | Pedagang Benang Sutra dan Pewarna Sengkang | 73.13 | s=jual benang sutra lokal dan impor serta pewarna, bisa tempo bagi penenun langganan
dudi s | Butik Sutra Sengkang | 73.13 | h=membeli sarung dan kain sutra dari penenun Kecamatan Tanasitolo dan Majauleng {100:lembar/bulan}
dudi s | Galeri Oleh-oleh Khas Bone (dekat Bola Soba) | 73.08 | h=titip jual sarung sutra Bugis, kacang mete goreng dan kue tradisional (baruasa, bolu peca) dari UMKM berizin PIRT {60:produk}
dudi s | UD Mete Kajuara (pengepul gelondong) | 73.08 | h=membeli gelondong mete mentah dari petani untuk dikirim ke Makassar dan Surabaya {20:ton/musim}
dudi s | CV Kacang Mete Watampone | 73.08 | s=jual mesin kacip mete buatan bengkel sendiri | p=magang pengolahan kacang mete di pabrik {5}
dudi s | Bengkel Las Teknik Tani Palakka | 73.08 | s=membuat kacip mete, oven pengering dan mesin sangrai sesuai pesanan, bisa cicil
dudi s | Toko Alat Usaha dan Kemasan Sinar Bone | 73.08 | s=jual hand sealer, plastik standing pouch dan cetak label
dudi s | PT Kakao Bone Lestari | 73.08 | d=CSR bantuan modal bagi petani kakao binaan di Kecamatan Libureng dan Kahu {Rp 100.000.000} | h=membeli biji kakao fermentasi dari petani {50:ton/bulan}
dudi s | Hotel Arung Palakka Watampone | 73.08 | s=aula (sewa) | h=memesan sarung sutra Bugis untuk suvenir tamu dan kacang mete kemasan untuk suguhan kamar {40:lembar/tahun}
dudi s | Pengepul Ikan TPI Lonrae | 73.08 | h=menjual ikan segar dan udang ke pengolah dan rumah makan {2:ton/hari}
dudi s | CV Tambak Vaname Teluk Bone | 73.08 | p=magang teknisi tambak {4} | h=rekrut pekerja tambak {10}
dudi s | Galangan Perahu Kayu Bajoe | 73.08 | p=magang pembuatan perahu kayu Bugis bagi pemuda {4}
dudi s | Toko Oleh-oleh Jl. Somba Opu Makassar | 73.71 | h=membeli kacang mete dan sarung sutra dari Bone dan Wajo untuk wisatawan {100:produk/bulan}
dudi s | CV Eksportir Mete Makassar | 73.71 | h=membeli kacang mete kupas (kernel) grade W320 dari pengolah se-Sulsel, kontrak {5:ton/bulan}
dudi s | Swalayan Mega Watampone | 73.08 | h=konsinyasi produk UMKM berizin PIRT dan berlabel halal {30:produk}
lkp m | LKP Tenun Sutra Sengkang | 73.13 | t=instruktur tenun dan desain motif sutra, bisa mengajar di luar kabupaten {2} | p=kursus tenun ATBM dan penyaluran hasil peserta ke pengusaha sutra jaringan alumni {15}
lkp m | LKP Tata Boga Watampone | 73.08 | t=instruktur kue dan olahan pangan {2} | p=kursus olahan pangan dan pendampingan PIRT {15} | h=penyaluran alumni ke katering jaringan alumni {10}
smk m | SMK Negeri 2 Watampone (Kriya Kreatif Tekstil) | 73.08 | t=guru kriya tekstil dan desain motif bisa mengajar sore {2} | s=ruang tenun ATBM bisa dipakai kelompok hari Sabtu {1} | p=siswa PKL yang mencari tempat prakerin {30}
smk m | SMK Negeri 1 Kajuara (Agribisnis Pengolahan Hasil Pertanian) | 73.08 | s=ruang produksi dengan oven pengering dan sealer bisa dipakai kelompok tani sekitar {1} | p=siswa PKL pengolahan hasil pertanian {20}
perguruan_tinggi m | Universitas Cahaya Bone (Prodi Agroteknologi) | 73.08 | t=dosen pendamping PIRT dan kemasan {2} | s=laboratorium pengolahan hasil pertanian (oven, sealer, vacuum) bisa dipakai kelompok binaan {1} | p=pelatihan pengolahan mete dan kemasan di desa lokasi KKN {25}
ormas m | TP PKK Kabupaten Bone | 73.08 | p=kader PKK penggerak {40} | h=bazar PKK tiap Jumat di Lapangan Merdeka Watampone {20:produk}
ormas m | Dekranasda Kabupaten Bone | 73.08 | h=gerai Dekranasda dan kurasi sarung sutra Bugis untuk pameran Makassar dan Inacraft {40:lembar/bulan}
ormas m | Lembaga Adat Bugis Tana Bone | 73.08 | h=memesan lipa' sabbe untuk busana adat Hari Jadi Bone dan pernikahan {30:lembar/tahun}
tokoh_masyarakat m | Indo' Hj. Besse (penenun sarung sutra senior) | 73.08 | t=mau mengajarkan motif lama (balo renni, balo tettong) kepada penenun muda {1}
tokoh_masyarakat m | Pak Andi Baso (ketua Gapoktan mete Kajuara) | 73.08 | t=penggerak petani mete dan perantara pembelian bahan baku {1}
koperasi m | Koperasi Serba Usaha Penenun Sutra Bone | 73.08 | d=simpan pinjam bagi anggota penenun, angsuran mingguan {Rp 150.000.000} | h=membeli sarung anggota untuk dijual ke Makassar {50:lembar/bulan}
koperasi m | Koperasi Tani Mete Salomekko | 73.08 | s=gudang dan lantai jemur mete khusus anggota {1} | h=membeli mete olahan anggota {2:ton/bulan}
bumdes m | BUMDes Kajuara Sejahtera | 73.08 | s=rumah produksi desa dengan mesin kacip mete dan oven, dipinjamkan kepada kelompok pengolah mete Kecamatan Kajuara, cukup bayar listrik {1}
pusat_karya m | Sanggar Tenun Sutra Bugis Watampone | 73.08 | p=magang menenun ATBM {5} | h=membeli kain hasil peserta magang {20:lembar/bulan}
dudi s | Toko Sarung Sutra Watansoppeng | 73.12 | h=membeli sarung sutra dari penenun Soppeng dan Bone {30:lembar/bulan}
dudi s | UD Mete Bulupoddo Sinjai | 73.07 | p=magang pengolahan dan pengemasan mete {4} | s=jual kacip mete bekas
dinas g | Dinas Ketahanan Pangan Kabupaten Sinjai | 73.07 | p=pelatihan pengolahan pangan lokal bagi KWT di Kabupaten Sinjai {30}
dudi s | Toko Sarung Sutra Bugis Bola Soba | 73.08 tidak | h=membeli sarung sutra dari penenun {50:lembar/bulan}
dinas g | UPT Pengolahan Hasil Perkebunan Bone | 73.08 tidak | s=bantuan kacip dan oven mete bagi kelompok {5}
dudi s | Toko Kain Ibu Hasnah | 73.08 x | h=titip jual
donor m | Yayasan Bone Peduli | 73.08 x | d=bantuan
dudi s | Pengusaha Mete Kolaka | 74.01 | h=membeli gelondong mete dari petani Kolaka {10:ton/musim}
dudi s | Sarung Bugis Online Jakarta | 31.74 | h=mengambil lipa' sabbe dari penenun Bone dan Wajo tiap bulan, dikirim ekspedisi {80:lembar/bulan}
dudi s | CV Mesin Pertanian Makassar | 73.71 | s=jual dan kirim mesin kacip mete semi otomatis dan oven, bergaransi, bisa cicil lewat KUR
""",
    )
)

# ---------------------------------------------------------------------------------------------
# 3. Kalimantan Barat: Kabupaten Sintang (61.05)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_sintang",
        "STG",
        "Usulan Dukungan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Sintang | 61.05 | p=pemagangan di perusahaan perkebunan mitra bagi pencari kerja yang terdaftar AK/1 {20} | h=bursa kerja dan info lowongan perusahaan sawit {150}
dinas g | Dinas Perkebunan dan Peternakan Kabupaten Sintang | 61.05 | t=penyuluh perkebunan karet dan sawit {3} | s=kebun entres karet dan kebun induk bisa dipakai praktik siswa SMK {1} | p=memfasilitasi dan menghubungkan sekolah dengan perusahaan perkebunan untuk prakerin
dinas g | Cabang Dinas Pendidikan Provinsi Kalimantan Barat Wilayah Sintang | 61.05 | p=fasilitasi MoU prakerin SMK dengan DUDI dan sinkronisasi kurikulum {10}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kabupaten Sintang | 61.05 | d=pinjaman dana bergulir bagi UMKM ber-NIB, jasa 3 % per tahun {Rp 300.000.000} | p=pelatihan kemasan dan pemasaran daring {25} | h=galeri UMKM dan tenun Dayak di Jl. Lintas Melawi {30:produk}
dinas g | Dinas Pariwisata dan Kebudayaan Kabupaten Sintang | 61.05 | t=pamong budaya pendamping sanggar tenun dan tari {1} | h=stan tenun ikat di Festival Bukit Kelam dan Pekan Gawai Dayak {30:produk}
dinas g | Dinas Sosial Kabupaten Sintang | 61.05 | d=bantuan KUBE bagi keluarga DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan dan Kebudayaan Kabupaten Sintang (Bidang PAUD dan PNF) | 61.05 | t=penilik PNF pendamping lembaga {2} | d=BOP kesetaraan dan dana PKW (Pendidikan Kecakapan Wirausaha) bagi PKBM terakreditasi lewat usulan {Rp 250.000.000}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Sintang | 61.05 | t=fasilitator pendamping kelompok perempuan desa {2} | p=pelatihan keterampilan perempuan di desa {30}
blk g | UPTD Balai Latihan Kerja Kabupaten Sintang | 61.05 | t=instruktur las, mekanik motor dan menjahit {3} | s=workshop las dan ruang jahit {2} | p=pelatihan berbasis kompetensi 160 JP {32}
koperasi m | CU Bukit Kelam Sejahtera | 61.05 | d=pinjaman produktif khusus anggota yang sudah 3 bulan menabung, bunga 1,5 % per bulan {Rp 5 M} | p=pendidikan dasar perkoperasian bagi calon anggota {40}
donor m | BAZNAS Kabupaten Sintang | 61.05 | d=zakat produktif bagi mustahik muslim perorangan, maks. Rp 3 jt {Rp 150.000.000}
donor s | Bank Kalbar Cabang Sintang | 61.05 | d=KUR dan kredit usaha kecil bagi pelaku usaha {Rp 3 M}
donor s | CSR PT Sawit Kelam Lestari | 61.05 | d=TJSL bantuan pendidikan dan beasiswa bagi desa ring 1 Kecamatan Kelam Permai dan Dedai {Rp 200.000.000} | p=prakerin bagi siswa SMK perkebunan dari Kabupaten Sintang, mess disediakan {12} | h=rekrut asisten kebun dan mandor lulusan SMK {10}
dudi s | PT Perkebunan Sawit Sepauk Jaya | 61.05 | p=prakerin siswa SMK pertanian dan perkebunan 3 bulan di kebun dan PKS {20} | h=rekrut alumni SMK sebagai krani dan mandor {15}
dudi s | PT Karet Sintang Raya (pabrik crumb rubber) | 61.05 | p=magang QC dan produksi bagi siswa SMK {6} | h=membeli bokar dari petani dan koperasi {300:ton/bulan}
dudi s | Toke Karet Pasar Inpres Sintang | 61.05 | h=membeli getah karet (ojol, lateks) dari petani {20:ton/minggu}
dudi s | Toko Pertanian Tani Makmur Sintang | 61.05 | s=jual pisau sadap, mangkok lateks, pupuk dan bibit karet klon
dudi s | CV Bibit Unggul Kapuas (penangkar bibit karet dan sawit) | 61.05 | p=terima siswa PKL pembibitan 2 bulan {6} | s=jual bibit karet dan sawit bersertifikat
dudi s | Bengkel Mesin Tempel dan Klotok Kapuas | 61.05 | p=magang mekanik mesin klotok dan speedboat {3}
dudi s | Jasa Angkutan Klotok Sungai Melawi | 61.05 | h=rekrut motoris dan awak klotok {4}
dudi s | Hotel Sintang Permai | 61.05 | s=aula (sewa) | p=PKL perhotelan {4}
dudi s | Toko Tenun Ikat dan Kerajinan Dayak Jl. MT Haryono | 61.05 | h=membeli kain tenun ikat Dayak Desa dan manik dari perajin {40:lembar/bulan}
dudi s | Toko Benang dan Pewarna Sinar Kapuas | 61.05 | s=jual benang katun tenun dan pewarna sintetis, bisa bayar tempo bagi kelompok
dudi s | Pengepul Kratom Sintang | 61.05 | h=membeli daun kratom kering dari petani {5:ton/bulan}
lkp m | LKP Tenun Ikat Dara Kumang | 61.05 | t=instruktur tenun ikat dan pewarna alam (engkerebai, mengkudu), bisa datang ke desa dengan honor dari lembaga {2} | p=kursus tenun dan penyaluran kain peserta ke koperasi jaringan alumni {12}
pusat_karya m | Sanggar Tenun Kebat Ensaid | 61.05 | t=penenun senior bisa mengajar dua kali seminggu di rumah betang {2} | s=meminjamkan alat tenun gedogan kepada kelompok belajar {6} | h=membeli kain dari perajin {20:lembar/bulan}
pusat_karya m | Rumah Produksi Pewarna Alam Kalbar | 61.05 | t=pelatihan pewarnaan alam berbayar per kelompok {1} | s=jual pewarna alam siap pakai (indigo, engkerebai)
tokoh_masyarakat m | Indai Sumbang (penenun ikat senior Desa Ensaid Panjang) | 61.05 | t=mau mengajar menenun kebat dan mengikat motif kepada anak muda di betang {1}
tokoh_masyarakat m | Temenggung Adat Kecamatan Kelam Permai | 61.05 | t=penggerak warga dan perantara dengan perusahaan {1}
ormas m | Dewan Adat Dayak Kabupaten Sintang | 61.05 | h=memesan kain tenun ikat untuk busana adat Gawai {30:lembar/tahun}
ormas m | Dekranasda Kabupaten Sintang | 61.05 | t=pendamping desain produk tenun {1} | h=gerai dan kurasi tenun ikat untuk pameran {30:lembar/bulan}
ormas m | TP PKK Kabupaten Sintang | 61.05 | p=kader PKK penggerak {30} | h=bazar PKK bulanan di Taman Bungur {20:produk}
perguruan_tinggi m | Universitas Kapuas Sintang (Fakultas Pertanian) | 61.05 | t=dosen agronomi perkebunan {2} | s=kebun percobaan dan laboratorium kultur jaringan bisa dipakai siswa SMK {1}
perguruan_tinggi m | STKIP Kapuas Raya (Prodi Pendidikan Seni) | 61.05 | t=dosen seni rupa bisa mendampingi desain motif tenun {1}
smk m | SMK Negeri 1 Sintang (TKJ dan Akuntansi) | 61.05 | s=lab komputer bisa dipinjam lembaga lain hari Sabtu {1} | p=siswa PKL mencari tempat prakerin {40}
smk m | SPP Negeri Sintang (Sekolah Pertanian Pembangunan) | 61.05 | t=guru produktif perkebunan {3} | p=siswa PKL juga mencari tempat prakerin di kebun {30}
koperasi m | KUD Tunas Baru (plasma sawit) | 61.05 | p=prakerin di kebun plasma dan kantor KUD {6} | h=rekrut tenaga administrasi kebun {2}
bumdes m | BUMDes Ensaid Panjang (desa wisata betang) | 61.05 | s=ruang di rumah betang bisa dipakai kelas tenun {1} | h=menjual kain tenun di galeri desa wisata {20:lembar/bulan}
bumdes m | BUMDes Senaning (Kecamatan Ketungau Hulu, perbatasan) | 61.05 | p=prakerin di kebun karet dan sawit BUMDes, siswa menginap di desa {6}
pusat_karya m | LKP Kerajinan Manik dan Anyaman Rotan Sintang | 61.05 | t=instruktur anyaman rotan dan manik Dayak {2}
ormas m | Komisi PSE Keuskupan Sintang | 61.05 | d=dana APP bagi kelompok ekonomi umat {Rp 50.000.000} | t=fasilitator pemberdayaan {2}
dudi s | PT Perkebunan Karet Nusantara Sintang Estate | 61.05 tidak | p=prakerin siswa SMK {20} | h=rekrut alumni {10}
pusat_karya m | Sanggar Tenun Bukit Kelam | 61.05 tidak | t=instruktur tenun ikat {2}
dudi s | Kebun Sawit Pak Ahong | 61.05 x | p=bisa terima anak PKL
ormas m | Kelompok Perempuan Betang Sungai Tebelian | 61.05 x | t=bisa bantu
dudi s | PT Sawit Nanga Pinoh | 61.10 | p=prakerin siswa SMK perkebunan 3 bulan, mess dan makan disediakan {15} | h=rekrut alumni {10}
dudi s | PT Perkebunan Sawit Putussibau | 61.06 | p=prakerin siswa SMK se-Kalimantan Barat {10}
pusat_karya m | Sanggar Tenun Ikat Kapuas Hulu | 61.06 | t=penenun senior bisa mengajar jika biaya perjalanan ditanggung {1}
dudi s | PT Sawit Sekadau Hulu | 61.09 | p=prakerin siswa SMK dengan mess {8}
lkp m | LPK Perkebunan Khatulistiwa Pontianak | 61.71 | p=pelatihan dan penempatan kerja operator perkebunan {30}
dinas g | Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Barat (Bidang SMK) | 61.71 | s=bantuan peralatan praktik SMK (revitalisasi) lewat proposal sekolah {10}
donor s | Program Hibah Pelestarian Wastra (seleksi nasional) | 31.74 | d=hibah honor pelatih dan bahan bagi sanggar dan lembaga pendidikan nonformal yang melatih kerajinan tradisional, proposal daring {Rp 20.000.000}
donor s | Yayasan Tenun Nusantara Jakarta | 31.74 | t=mengirim pelatih pewarna alam ke sentra tenun daerah, 1 minggu per angkatan, biaya yayasan {2}
dudi s | PT Agro Kalteng Lestari | 62.71 | p=prakerin siswa SMK perkebunan {10}
""",
    )
)

# ---------------------------------------------------------------------------------------------
# 4. Nusa Tenggara Barat: Kabupaten Lombok Tengah (52.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_lombok_tengah",
        "LTG",
        "Dukungan Mitra untuk Program",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Lombok Tengah | 52.02 | p=pelatihan kewirausahaan bagi PMI purna dan keluarganya di desa kantong PMI, dari DBHCHT {40} | h=layanan LTSA dan penempatan kerja {100}
dinas g | BP3MI Nusa Tenggara Barat | 52.71 | t=fasilitator pemberdayaan PMI purna {2} | p=pelatihan literasi keuangan dan wirausaha bagi PMI purna dan keluarga di desa sasaran se-NTB {60}
dinas g | Dinas Koperasi dan UKM Kabupaten Lombok Tengah | 52.02 | d=pinjaman dana bergulir bagi UMKM dan koperasi terdaftar, jasa 3 % per tahun {Rp 500.000.000} | p=pelatihan kemasan dan pendampingan PIRT {30}
dinas g | Dinas Perindustrian Kabupaten Lombok Tengah | 52.02 | t=pendamping desain produk kerajinan {1} | s=bantuan tungku pembakaran gerabah hemat kayu bakar bagi IKM gerabah binaan, lewat proposal {3}
dinas g | Dinas Pariwisata Kabupaten Lombok Tengah | 52.02 | h=stan kerajinan di fan zone MotoGP Mandalika dan Festival Bau Nyale {40:produk}
dinas g | Dinas Sosial Kabupaten Lombok Tengah | 52.02 | d=bantuan KUBE bagi keluarga DTKS {Rp 20.000.000}
dinas g | DP3AP2KB Kabupaten Lombok Tengah | 52.02 | t=konselor dan pendamping perempuan {2} | p=pelatihan keterampilan dan pendampingan bagi perempuan korban TPPO dan PMI purna bermasalah {20}
dinas g | Dinas Perdagangan Provinsi NTB | 52.71 | h=kurasi dan konsinyasi kerajinan untuk gerai NTB Mall di Mataram {50:produk}
dinas g | Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Lombok Tengah | 52.02 | d=memfasilitasi kelompok untuk mengakses dana desa dan penyertaan modal BUMDes
blk g | UPTD Balai Latihan Kerja Lombok Tengah | 52.02 | t=instruktur menjahit, tata boga dan las {3} | p=pelatihan bahasa dan keterampilan bagi CPMI (calon PMI) {32}
donor m | BAZNAS Kabupaten Lombok Tengah | 52.02 | d=Lombok Tengah Makmur: zakat produktif modal usaha bagi kelompok usaha mustahik, termasuk keluarga PMI {Rp 300.000.000}
donor s | Bank NTB Syariah Cabang Praya | 52.02 | d=KUR penempatan bagi calon PMI yang akan berangkat {Rp 3 M}
donor s | TJSL PT Mandalika Resort Development | 52.02 | d=bantuan modal usaha bagi UMKM desa penyangga ring 1 KEK Mandalika (Kuta, Sengkol, Sukadana, Mertak) {Rp 500.000.000} | h=kurasi dan pembelian suvenir lokal untuk gerai resort {100:produk/bulan}
donor s | Program Hibah Pemberdayaan Pekerja Migran (seleksi nasional) | 31.74 | d=hibah bagi organisasi masyarakat yang mendampingi PMI purna, untuk modal usaha bergulir anggota, proposal daring {Rp 75.000.000}
donor m | LAZ Gumi Sasak Peduli | 52.02 | d=qardhul hasan bagi pedagang Pasar Renteng Praya, maks. Rp 2 jt per orang {Rp 50.000.000}
donor s | CSR Pengelola Bandara Lombok Praya | 52.02 | d=bantuan modal dan kemitraan UMKM bagi desa sekitar bandara di Kecamatan Pujut dan Praya Barat {Rp 200.000.000} | h=etalase UMKM di terminal kedatangan untuk kerajinan lokal {30:produk}
donor s | PNM Mekaar Cabang Praya | 52.02 | d=pembiayaan modal usaha ultra mikro bagi perempuan prasejahtera berkelompok, pertemuan mingguan {Rp 5 M}
dudi s | Art Shop Gerabah Kuta Mandalika | 52.02 | h=membeli putus gerabah Penujak (vas, asbak, piring) untuk wisatawan {300:buah/bulan}
dudi s | The Sasak Beach Resort Mandalika | 52.02 | p=PKL perhotelan {6} | h=memesan gerabah untuk dekorasi kamar dan piring saji restoran, rutin tiap 3 bulan {200:buah/triwulan}
dudi s | Penjual Tanah Liat dan Kayu Bakar Penujak | 52.02 | h=menjual tanah liat dan kayu bakar ke perajin gerabah {10:truk/bulan}
dudi s | Toko Tenun Sukarara | 52.02 | h=membeli songket dan tenun ikat Sukarara dari penenun {100:lembar/bulan}
dudi s | Bengkel Teknik Tungku Praya | 52.02 | s=membuat tungku pembakaran gerabah dari bata tahan api sesuai pesanan
dudi s | Gudang Tembakau Virginia Lombok | 52.02 | d=CSR bantuan modal bagi petani tembakau mitra {Rp 150.000.000} | h=membeli daun tembakau omprongan dari petani mitra {100:ton/musim}
dudi s | Warung Pantai Seger Kuta | 52.02 | h=memesan piring dan gelas gerabah {50:buah/bulan}
dudi s | Lombok Craft Online (Praya) | 52.02 | h=menjual gerabah dan tenun Lombok di marketplace, sistem konsinyasi, bagi hasil 20 % {200:produk}
dudi s | Koperasi Desa Wisata Sade Rembitan | 52.02 | h=menjual tenun dan gerabah ke wisatawan desa adat Sade, konsinyasi {40:produk}
dudi s | Pedagang Suvenir Pantai Kuta | 52.02 | h=mengambil asbak dan gerabah kecil untuk dijajakan kepada turis {100:buah/bulan}
lkp m | LPK Bahasa Jepang dan Korea Praya | 52.02 | p=pelatihan bahasa bagi calon PMI dan penempatan ke luar negeri {40}
pkbm m | PKBM Nurul Huda Janapria | 52.02 | s=ruang kelas bisa dipakai pertemuan kelompok {1} | p=warga belajar paket C, termasuk anak PMI {40}
smk m | SMK Negeri 1 Praya (Kriya Kreatif Keramik) | 52.02 | t=guru kriya keramik bisa mendampingi desain {1} | s=tungku listrik sekolah bisa dipakai kelompok saat libur sekolah {1} | p=siswa PKL kriya {20}
perguruan_tinggi m | Universitas Gumi Sasak Praya (Fakultas Ekonomi) | 52.02 | t=dosen pendamping literasi keuangan {2} | p=pelatihan pengelolaan keuangan keluarga PMI di desa KKN tematik {40}
perguruan_tinggi m | Politeknik Pariwisata Praya | 52.02 | t=dosen desain produk kriya pariwisata {1}
ormas m | TP PKK Kabupaten Lombok Tengah | 52.02 | p=kader PKK penggerak di desa {40} | h=bazar PKK bulanan di Praya {20:produk}
ormas m | Dekranasda Kabupaten Lombok Tengah | 52.02 | h=gerai Dekranasda di Praya dan kurasi gerabah dan tenun untuk Inacraft {50:produk}
ormas m | Majelis Adat Sasak Lombok Tengah | 52.02 | t=tokoh adat penggerak warga {2}
ormas m | Paguyuban Purna PMI Janapria | 52.02 | t=pendamping usaha dan paralegal purna PMI {3} | p=pertemuan rutin dan arisan anggota
ormas m | Pondok Pesantren Al-Ikhlas Kopang (unit ekonomi) | 52.02 | p=pelatihan wirausaha santri {30}
tokoh_masyarakat m | Inaq Senah (perajin gerabah senior Penujak) | 52.02 | t=mau mengajarkan teknik gerabah tradisional kepada anak muda {1}
tokoh_masyarakat m | TGH. Lalu Muhsin | 52.02 | t=penggerak jamaah dan warga {1}
koperasi m | Koperasi Wanita Dasan Baru Janapria | 52.02 | d=simpan pinjam khusus anggota, angsuran mingguan {Rp 150.000.000}
bumdes m | BUMDes Penujak (Desa Wisata Gerabah) | 52.02 | s=tungku bersama di sentra gerabah dipakai bergiliran perajin desa, bayar kayu bakar {1} | h=galeri desa wisata menjual gerabah warga {100:buah/bulan}
bumdes m | BUMDes Sukarara | 52.02 | h=galeri tenun desa {50:lembar/bulan}
donor s | Program Desmigratif Lombok Tengah | 52.02 tidak | d=modal usaha bagi keluarga PMI {Rp 100.000.000} | p=pelatihan usaha produktif keluarga PMI {30}
dudi s | Art Shop Gerabah Sengkol | 52.02 tidak | h=membeli gerabah {200:buah/bulan}
dudi s | Toko Gerabah Amaq Rais | 52.02 x | h=bisa ambil gerabah
donor m | Yayasan Peduli Lombok | 52.02 x | d=bantuan
dudi s | CV Lombok Pottery Export | 52.01 | h=mengambil gerabah dari Banyumulek, Penujak dan Masbagik untuk ekspor ke Eropa, ada standar mutu {1000:buah/bulan}
lkp m | LKP Gerabah dan Keramik Banyumulek | 52.01 | t=instruktur desain gerabah dan glasir {2} | p=kursus dan penyaluran hasil peserta ke eksportir jaringan alumni {15}
dudi s | Hotel Senggigi Bay | 52.01 | h=memesan guci dan lampu gerabah untuk dekorasi, sekali setahun {50:buah/tahun}
pusat_karya m | Sentra Gerabah Masbagik | 52.03 | t=perajin desain gerabah modern bisa melatih {2}
ormas m | LSM Pendamping Buruh Migran Lombok Timur | 52.03 | p=pelatihan wirausaha bagi PMI purna di Kabupaten Lombok Timur {30}
dudi s | Toko Alat Keramik dan Glasir Mataram | 52.71 | s=jual alat putar listrik, glasir dan cetakan gips, bisa cicil
dinas g | UPTD Balai Kerajinan Disperindag Provinsi NTB | 52.71 | t=instruktur desain keramik {2} | s=tungku gas dan alat putar di balai bisa dipakai perajin binaan {2}
donor s | Program Sosial Bank Sentral Perwakilan NTB | 52.71 | d=bantuan sarana bagi klaster UMKM binaan {Rp 100.000.000} | p=pelatihan pemasaran digital klaster {20}
dudi s | Koperasi Madu Hutan Sumbawa | 52.04 | h=membeli madu hutan dari petani {2:ton/bulan}
dudi s | UD Kerajinan Lombok Denpasar | 51.71 | h=membeli gerabah Lombok (Banyumulek dan Penujak) lewat pengepul, dikirim kapal dari Lembar {500:buah/bulan}
donor s | Yayasan Keramik Indonesia | 31.74 | s=hibah tungku keramik hemat energi bagi sentra gerabah tradisional, seleksi nasional {5}
dinas g | Program Tenaga Kerja Mandiri (seleksi nasional) | 31.74 | d=bantuan sarana usaha TKM bagi kelompok purna PMI dan pencari kerja, usulan lewat Disnaker {Rp 40.000.000}
""",
    )
)


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
